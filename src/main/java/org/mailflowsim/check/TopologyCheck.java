package org.mailflowsim.check;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.mailflowsim.spf.SpfLint;
import org.mailflowsim.topology.Topology;

/**
 * Entry point of {@code mailflow check}: runs every static rule family over a loaded topology — no mail is sent —
 * and returns the findings in file and line order. The rule ids and their sources are listed in docs/check.md.
 */
public final class TopologyCheck {
    private static final List<Check> CHECKS = List.of(
            context -> SpfLint.lint(context.topology()),
            new SenderSpfCheck(),
            new UnresolvedHostCheck(),
            new ConnectorIdentityCheck(),
            new AttributionCheck(),
            new EnhancedFilteringCheck(),
            new MissingEnhancedFilteringCheck(),
            new CentralizedTransportCheck(),
            new RoutingCycleCheck());

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.source().file().toString())
            .thenComparingInt(f -> f.source().line())
            .thenComparingInt(f -> f.source().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private TopologyCheck() {
    }

    public static List<Finding> run(Topology topology) {
        CheckContext context = CheckContext.of(topology);
        return CHECKS.stream().flatMap(c -> c.run(context).stream()).distinct().sorted(ORDER).toList();
    }

    static List<Finding> run(Topology topology, Check... checks) {
        CheckContext context = CheckContext.of(topology);
        return Stream.of(checks).flatMap(c -> c.run(context).stream()).sorted(ORDER).toList();
    }
}
