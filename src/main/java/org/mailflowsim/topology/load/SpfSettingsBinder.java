package org.mailflowsim.topology.load;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SpfSettings;

/**
 * Binds a node's {@code spf:} block: {@code check} (default: every role but exchange-server) and {@code reject},
 * the results refused at MAIL FROM. Only results that say something is wrong can be refused, and Exchange
 * Online refuses none (it records SPF for composite authentication: domain.md §9–10).
 */
final class SpfSettingsBinder {
    private static final Set<String> KEYS = Set.of("check", "reject");
    private static final SpfResult[] REFUSABLE = {SpfResult.FAIL, SpfResult.SOFTFAIL, SpfResult.PERMERROR,
            SpfResult.TEMPERROR};

    private final Problems problems;

    SpfSettingsBinder(Problems problems) {
        this.problems = problems;
    }

    SpfSettings bind(YamlMap node, Optional<Role> role) {
        SpfSettings defaults = SpfSettings.defaultFor(role.orElse(Role.INTERNET));
        return node.map("spf", "spf settings", KEYS).map(spf -> {
            Set<SpfResult> reject = EnumSet.noneOf(SpfResult.class);
            spf.texts("reject").forEach(t -> Choices.parse(t, "SPF result to reject", problems, SpfResult::rfcName,
                    REFUSABLE).ifPresent(reject::add));
            if (!reject.isEmpty() && role.equals(Optional.of(Role.EXCHANGE_ONLINE))) {
                problems.add(spf.keyAt("reject").orElseThrow(), "Exchange Online does not refuse mail on SPF alone"
                        + " (it records the result for composite authentication); remove 'reject'");
            }
            boolean check = spf.bool("check", defaults.check());
            if (!check && !reject.isEmpty()) {
                problems.add(spf.keyAt("reject").orElseThrow(), "'reject' needs 'check: true'");
            }
            return new SpfSettings(check, reject);
        }).orElse(defaults);
    }
}
