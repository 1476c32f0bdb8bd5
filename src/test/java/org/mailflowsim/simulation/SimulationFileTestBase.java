package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mailflowsim.topology.load.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.load.Fixtures;

/** A scenario-4 topology in a temporary folder, and the problems a simulation file beside it loads with. */
abstract class SimulationFileTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void writeTopology() {
        write(dir, "topologies/scenario-4.yaml", SimulationLoaderTest.TOPOLOGY);
    }

    List<String> problems(Path file) {
        return Fixtures.lines(assertThrows(BadInputException.class, () -> SimulationLoader.loadWithTopology(file)));
    }

    /** Writes {@code s.yaml} on the scenario-4 topology with {@code body} after the topology line. */
    Path simulationFile(String body) {
        return write(dir, "s.yaml", "topology: topologies/scenario-4.yaml\n" + body);
    }
}
