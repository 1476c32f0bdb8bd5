package org.mailflowsim.topology;

import java.util.EnumSet;
import java.util.Set;
import org.mailflowsim.spf.SpfResult;

/**
 * Whether a node checks SPF on the mail it receives, and which results it refuses at MAIL FROM. Receivers that
 * face the internet check (internet organisations, the third-party filter, EOP); Exchange Server does not
 * (its Sender ID agent is gone). By default a verdict is only recorded, as most receivers and EOP do: Exchange
 * Online never refuses on SPF alone (it feeds composite authentication), so {@code reject} is not allowed there.
 */
public record SpfSettings(boolean check, Set<SpfResult> reject) {
    public SpfSettings {
        reject = reject.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reject));
    }

    public static SpfSettings defaultFor(Role role) {
        return new SpfSettings(role != Role.EXCHANGE_SERVER, Set.of());
    }
}
