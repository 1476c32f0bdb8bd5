package org.mailflowsim.spf;

import java.util.List;
import org.mailflowsim.check.Finding;
import org.mailflowsim.topology.Topology;

/**
 * Static checks of every SPF record in a topology's DNS (used by {@code mailflow check}). PLACEHOLDER API: the
 * real checks replace this.
 */
public final class SpfLint {
    private SpfLint() {
    }

    /** Findings for the SPF records (TXT records that are, or look like, SPF) of the topology's DNS. */
    public static List<Finding> lint(Topology topology) {
        return List.of();
    }
}
