package org.mailflowsim.topology;

import java.nio.file.Path;

/** Where a value came from in a user's file (1-based line and column), so every finding can point at it. */
public record SourceRef(Path file, int line, int column) {
    public static final SourceRef NONE = new SourceRef(Path.of("<built-in>"), 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
