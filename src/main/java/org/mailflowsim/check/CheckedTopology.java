package org.mailflowsim.check;

import java.nio.file.Path;
import java.util.List;

/** The findings of one topology file, as {@code mailflow check} reports them. */
public record CheckedTopology(Path file, String name, List<Finding> findings) {
    public CheckedTopology {
        findings = List.copyOf(findings);
    }
}
