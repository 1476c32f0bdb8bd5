package org.mailflowsim.check;

import org.mailflowsim.topology.SourceRef;

/**
 * One thing {@code mailflow check} found wrong in a topology, before any mail is sent: where (file, line), which
 * rule (a short stable id such as {@code spf-syntax}), what is wrong, and how to fix it.
 */
public record Finding(SourceRef source, String rule, String message, String fix) {
    @Override
    public String toString() {
        return source + ": " + rule + ": " + message + "\n    fix: " + fix;
    }
}
