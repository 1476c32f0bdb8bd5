package org.mailflowsim.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.OutboundConnector;

/**
 * Chooses the outbound (send) connector for a recipient domain (domain.md §13 rule 10, CONN): an exact
 * recipient-domain match first, then a connector for all accepted domains, then the most specific wildcard
 * ({@code *.contoso.com}), then {@code *}. On-prem send connectors pick the most specific address space
 * the same way.
 */
public final class OutboundConnectorSelector {
    private OutboundConnectorSelector() {
    }

    public static Optional<OutboundConnector> select(List<OutboundConnector> connectors, String domain,
                                                     Set<String> acceptedDomains) {
        for (OutboundConnector c : connectors) {   // loops for the common cases: this runs at every hop
            if (c.recipientDomains().contains(domain)) {
                return Optional.of(c);
            }
        }
        if (acceptedDomains.contains(domain)) {
            Optional<OutboundConnector> all = connectors.stream().filter(OutboundConnector::allAcceptedDomains)
                    .findFirst();
            if (all.isPresent()) {
                return all;
            }
        }
        boolean anyWildcard = false;
        for (OutboundConnector c : connectors) {
            for (String p : c.recipientDomains()) {
                anyWildcard |= wildcardMatches(p, domain);
            }
        }
        Optional<OutboundConnector> wildcard = !anyWildcard ? Optional.empty() : connectors.stream()
                .filter(c -> c.recipientDomains().stream().anyMatch(p -> wildcardMatches(p, domain)))
                .max(Comparator.comparingInt(c -> longestWildcard(c, domain)));
        if (wildcard.isPresent()) {
            return wildcard;
        }
        for (OutboundConnector c : connectors) {
            if (c.recipientDomains().contains("*")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code *.contoso.com} covers every subdomain of contoso.com, not contoso.com itself. */
    static boolean wildcardMatches(String pattern, String domain) {
        return pattern.startsWith("*.") && domain.endsWith(pattern.substring(1));
    }

    private static int longestWildcard(OutboundConnector c, String domain) {
        return c.recipientDomains().stream().filter(p -> wildcardMatches(p, domain))
                .mapToInt(String::length).max().orElse(0);
    }
}
