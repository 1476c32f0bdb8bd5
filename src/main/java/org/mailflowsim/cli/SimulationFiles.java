package org.mailflowsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the command line's files and folders into simulation files, folders expanded to their *.yaml in name order. */
final class SimulationFiles {
    private SimulationFiles() {
    }

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                try (Stream<Path> s = Files.list(a)) {
                    s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
