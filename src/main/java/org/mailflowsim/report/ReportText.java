package org.mailflowsim.report;

import java.nio.file.Path;
import java.util.List;

/** Small formatting helpers shared by the text and JSON reports. */
final class ReportText {
    static final String ARROW = " → ";

    private ReportText() {
    }

    /** A path relative to {@code base} when it lies below it, else as given: reports stay machine-independent. */
    static String display(Path p, Path base) {
        if (p == null) {
            return "-";
        }
        Path abs = p.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return p.toString();
        }
        String rel = root.relativize(abs).toString();
        return rel.isEmpty() ? "." : rel;
    }

    static String path(List<String> nodes) {
        return nodes.isEmpty() ? "(none)" : String.join(ARROW, nodes);
    }

    /** SMTP replies may span lines; a report line must not. */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
