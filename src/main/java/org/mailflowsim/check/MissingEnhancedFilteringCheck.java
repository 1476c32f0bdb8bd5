package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.policy.ConnectorMatch;
import org.mailflowsim.policy.NextHop;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;

/**
 * {@code ef-missing}: a third-party filter relays into Exchange Online, and the inbound connector its mail matches
 * has no Enhanced Filtering (or no connector matches at all). EOP then sees the filter as the sender of every
 * internet message and evaluates SPF, DMARC and anti-spoofing on the filter's address: mail that passed SPF at the
 * filter fails it in EOP [EF, 3PC; domain.md §9, §13 rule 35].
 */
final class MissingEnhancedFilteringCheck implements Check {
    static final String RULE = "ef-missing";

    @Override
    public List<Finding> run(CheckContext context) {
        RouteWalker walker = new RouteWalker(context);
        List<Finding> findings = new ArrayList<>();
        for (NodeSpec filter : Sources.nodes(context.topology(), Role.THIRD_PARTY_FILTER)) {
            for (OutboundConnector c : filter.outboundConnectors()) {
                List<String> hosts = AttributionCheck.targetHosts(context, c);
                Optional<NodeSpec> tenant = walker.nodeFor(hosts).filter(n -> n.role() == Role.EXCHANGE_ONLINE);
                if (tenant.isEmpty()) {
                    continue;
                }
                Provenance.Received session = RouteWalker.receivedAt(tenant.get(), filter,
                        NextHop.viaConnector(c, hosts, c.tlsCertificateName()));
                Optional<ConnectorMatch> match = session.connector();
                if (match.flatMap(m -> m.connector().enhancedFiltering()).isEmpty()) {
                    findings.add(finding(filter, c, tenant.get(), match));
                }
            }
        }
        return findings;
    }

    private static Finding finding(NodeSpec filter, OutboundConnector c, NodeSpec tenant,
                                   Optional<ConnectorMatch> match) {
        String ip = filter.publicIp().getHostAddress();
        String arrives = match.map(m -> "matches " + tenant.name() + "'s inbound connector '" + m.connector().name()
                + "', which has no Enhanced Filtering").orElse("matches none of " + tenant.name()
                + "'s inbound connectors");
        String message = "mail that " + filter.name() + " relays over '" + c.name() + "' " + arrives + ": EOP takes "
                + ip + " for the sender of every internet message and evaluates SPF, DMARC and anti-spoofing on it, "
                + "so mail that passes SPF at " + filter.name() + " fails it in " + tenant.name()
                + " [EF, 3PC, §9, rule 35]";
        String fix = match.map(m -> "add 'enhancedFiltering: { skipLastIp: true }' (or skipIps with " + ip
                + ") to connector '" + m.connector().name() + "' [EF, PS-IN]")
                .orElse("add a Partner inbound connector for " + filter.name() + " (its certificate or " + ip
                        + ") with enhancedFiltering: { skipLastIp: true } [3PC, EF]");
        return new Finding(match.map(m -> m.connector().source()).orElse(c.source()), RULE, message, fix);
    }
}
