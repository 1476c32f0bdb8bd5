package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.TopologyLoader;

/** Loading topologies for check tests: the shipped scenarios, the test resources, and edited copies of either. */
final class CheckFixtures {
    static final Path TOPOLOGIES = Path.of("topologies");
    static final Path RESOURCES = Path.of("src/test/resources/check");

    private CheckFixtures() {
    }

    static Topology scenario(String name) throws BadInputException {
        return TopologyLoader.load(TOPOLOGIES.resolve(name + ".yaml"));
    }

    static Topology resource(String name) throws BadInputException {
        return TopologyLoader.load(RESOURCES.resolve(name + ".yaml"));
    }

    /**
     * A scenario with one piece of text replaced, written to {@code dir} together with the shared files it includes.
     */
    static Topology editedScenario(Path dir, String name, String from, String to) throws IOException, BadInputException {
        String text = Files.readString(TOPOLOGIES.resolve(name + ".yaml"));
        assertTrue(text.contains(from), "the scenario contains the text to edit: " + from);
        Path shared = Files.createDirectories(dir.resolve("shared"));
        try (var files = Files.list(TOPOLOGIES.resolve("shared"))) {
            for (Path f : files.toList()) {
                Files.copy(f, shared.resolve(f.getFileName().toString()));
            }
        }
        Path copy = dir.resolve(name + ".yaml");
        Files.writeString(copy, text.replace(from, to));
        return TopologyLoader.load(copy);
    }

    /** The 1-based line of the first line of {@code file} that contains {@code text}. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    static List<Finding> withRule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
