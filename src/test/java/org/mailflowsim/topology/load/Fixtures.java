package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.Problem;

/** Writes YAML text blocks into a temporary directory and collects the problems a loader reports. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path write(Path dir, String name, String yaml) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a topology file, one {@code file:line:column: message} line each. */
    public static List<String> topologyProblems(Path file) {
        return lines(assertThrows(BadInputException.class, () -> TopologyLoader.load(file)));
    }

    public static List<String> lines(BadInputException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** The expected line for a problem at {@code file:line:column}. */
    public static String at(Path file, int line, int column, String message) {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
