package org.mailflowsim.topology;

import java.util.List;

/**
 * Enhanced Filtering for Connectors (skip listing) on an Exchange Online inbound connector (domain.md §9, EF,
 * PS-IN EFSkipLastIP / EFSkipIPs / EFUsers): which hops of the Received chain EOP skips to find the original
 * internet sender whose IP it authenticates. {@code users} empty means every recipient; otherwise EF applies only
 * when all recipients are listed.
 */
public record EnhancedFiltering(boolean skipLastIp, List<Cidr> skipIps, List<String> users, SourceRef source) {
    public EnhancedFiltering {
        skipIps = List.copyOf(skipIps);
        users = users.stream().map(u -> u.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
