package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in {@code simulations/} is a test: each message (and each message it gave rise to) is one test
 * that passes only if what happened over real SMTP matches what the file expects.
 */
class SimulationFilesTest {

    @TestFactory
    Stream<DynamicNode> everySimulationFileMeetsItsExpectations() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("simulations"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "the five scenarios and two broken variants have simulations");
        return files.stream().map(f -> dynamicContainer(f.getFileName().toString(), f.toUri(),
                Stream.of(f).flatMap(SimulationFilesTest::messageTests)));
    }

    /** Lazily: the simulation runs when JUnit reaches its container. */
    private static Stream<DynamicNode> messageTests(Path file) {
        SimulationResult result;
        try {
            LoadedSimulation loaded = SimulationLoader.loadWithTopology(file);
            result = SimulationRunner.run(loaded.simulation(), loaded.topology());
        } catch (Exception e) {
            throw new AssertionError(file + " could not be run: " + e, e);
        }
        return result.messages().stream().map(m -> dynamicTest(m.trace().name(), () ->
                assertTrue(m.met(), m.trace().name() + ":\n  " + String.join("\n  ", m.mismatches()))));
    }
}
