package org.mailflowsim.auth;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.EnhancedFiltering;
import org.mailflowsim.topology.NonGlobalAddresses;

/**
 * Enhanced Filtering for Connectors (skip listing, domain.md §9 and §13 rules 35–36, EF): which server EOP
 * treats as the original internet sender of a message that reached it through a third-party filter. Candidates
 * are the connecting server, then the clients of the {@code Received:} chain newest first. {@code EFSkipLastIP}
 * skips the connecting server; {@code EFSkipIPs} skips listed addresses; private and other non-public addresses
 * are always skipped (EF: "private IPs are auto-skipped"). The first candidate left is the sender; with none
 * left, or when it is the connecting server itself, nothing was skipped.
 */
public final class EnhancedFilteringWalk {
    private EnhancedFilteringWalk() {
    }

    /** The original sender, when Enhanced Filtering looked past the connecting server. */
    public static Optional<ReceivedChain.Relay> originalSender(EnhancedFiltering ef, ReceivedChain.Relay connecting,
                                                               List<ReceivedChain.Relay> chain) {
        List<ReceivedChain.Relay> candidates = new ArrayList<>();
        candidates.add(connecting);
        candidates.addAll(chain);
        int first = ef.skipLastIp() ? 1 : 0;
        for (int i = first; i < candidates.size(); i++) {
            ReceivedChain.Relay r = candidates.get(i);
            if (!skipped(ef, r.ip())) {
                return r.ip().equals(connecting.ip()) ? Optional.empty() : Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether EF applies to a message at all: {@code EFUsers} pilots it, and then every recipient must be listed
     * (domain.md §9).
     */
    public static boolean appliesTo(EnhancedFiltering ef, List<String> recipients) {
        return ef.users().isEmpty() || recipients.stream().allMatch(r -> ef.users().contains(r.toLowerCase(
                java.util.Locale.ROOT)));
    }

    private static boolean skipped(EnhancedFiltering ef, InetAddress ip) {
        return !NonGlobalAddresses.isPublic(ip) || ef.skipIps().stream().anyMatch(c -> c.contains(ip));
    }
}
