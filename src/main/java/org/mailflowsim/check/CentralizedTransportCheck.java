package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.List;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;

/**
 * {@code cmt-scoped}: a centralized-mail-transport connector (RouteAllMessagesViaOnPremises) scoped to the
 * tenant's accepted domains; LOOPDOC: it must be OnPremises and not scoped to accepted domains, else mail loops
 * (5.4.6/5.4.14) [LOOPDOC, PS-OUT, domain.md §3.2].
 */
final class CentralizedTransportCheck implements Check {
    static final String SCOPED = "cmt-scoped";

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (NodeSpec node : Sources.nodes(context.topology(), Role.EXCHANGE_ONLINE)) {
            for (OutboundConnector c : node.outboundConnectors()) {
                // The loader already refuses CMT on a Partner connector (PS-OUT: it requires OnPremises).
                if (c.routeAllViaOnPremises() && scopedToAccepted(node, c)) {
                    findings.add(new Finding(c.source(), SCOPED, "the centralized mail transport connector '" + c.name()
                            + "' of " + node.name() + " is scoped to " + (c.allAcceptedDomains() ? "all accepted domains"
                            : "accepted domains " + acceptedIn(node, c))
                            + ": mail for addresses no side hosts loops between Exchange Online and on-premises "
                            + "(5.4.6/5.4.14) [LOOPDOC, §3.2]", "set recipientDomains: [\"*\"] on the CMT connector "
                            + "[LOOPDOC]"));
                }
            }
        }
        return findings;
    }

    /** Whether the connector is chosen for (some of) the node's accepted domains by name, not by {@code *}. */
    static boolean scopedToAccepted(NodeSpec node, OutboundConnector c) {
        return c.allAcceptedDomains() || !acceptedIn(node, c).isEmpty();
    }

    private static List<String> acceptedIn(NodeSpec node, OutboundConnector c) {
        return node.acceptedDomains().stream().map(AcceptedDomain::domain)
                .filter(d -> c.recipientDomains().stream().anyMatch(p -> !p.equals("*") && covers(p, d)))
                .toList();
    }

    /** An exact domain or a {@code *.contoso.com} wildcard (PS-OUT RecipientDomains). */
    private static boolean covers(String pattern, String domain) {
        return pattern.equals(domain) || pattern.startsWith("*.") && domain.endsWith(pattern.substring(1));
    }
}
