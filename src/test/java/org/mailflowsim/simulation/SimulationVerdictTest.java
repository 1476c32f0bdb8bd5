package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulation whose stated path differs from what the nodes do must fail: the file's expectations bite. */
class SimulationVerdictTest {

    @Test
    void changingAnExpectedHopMakesTheRunFail(@TempDir Path dir) throws Exception {
        Path original = Path.of("simulations/scenario-4-mx-onprem-relay-via-exo.yaml");
        String text = Files.readString(original)
                .replace("../topologies/", Path.of("topologies").toAbsolutePath().toUri().getPath());
        Files.writeString(dir.resolve("good.yaml"), text);
        Files.writeString(dir.resolve("bad.yaml"), text.replaceFirst("path: \\[fabrikam, onprem\\]",
                "path: [fabrikam, exo, onprem]"));

        LoadedSimulation good = SimulationLoader.loadWithTopology(dir.resolve("good.yaml"));
        LoadedSimulation bad = SimulationLoader.loadWithTopology(dir.resolve("bad.yaml"));

        assertTrue(SimulationRunner.run(good.simulation(), good.topology()).allMet());
        SimulationResult result = SimulationRunner.run(bad.simulation(), bad.topology());
        assertFalse(result.allMet());
        assertTrue(result.messages().stream().flatMap(m -> m.mismatches().stream())
                .anyMatch(s -> s.contains("expected fabrikam → exo → onprem") && s.contains("actual fabrikam → onprem")),
                () -> result.messages().toString());
    }
}
