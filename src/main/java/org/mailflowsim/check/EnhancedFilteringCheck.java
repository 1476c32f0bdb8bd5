package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.List;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.EnhancedFiltering;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;

/**
 * Enhanced Filtering skip lists (domain.md §9, §13 rule 36, EF, PS-IN EFSkipIPs):
 * {@code ef-private-address} — an RFC 1918 entry is unsupported (EOP skips private hops by itself);
 * {@code ef-microsoft-address} — Microsoft 365 addresses (EOP's ranges, §10.2, or the tenant's own node) may not
 * be skip-listed.
 */
final class EnhancedFilteringCheck implements Check {
    static final String PRIVATE = "ef-private-address";
    static final String MICROSOFT = "ef-microsoft-address";

    @Override
    public List<Finding> run(CheckContext context) {
        List<Cidr> microsoft = new ArrayList<>(AddressRanges.MICROSOFT_365);
        context.topology().nodes().stream().filter(n -> n.role() == Role.EXCHANGE_ONLINE)
                .flatMap(n -> n.ips().stream()).map(ip -> Cidr.parse(ip.getHostAddress()).orElseThrow())
                .forEach(microsoft::add);
        List<Finding> findings = new ArrayList<>();
        for (NodeSpec node : context.topology().nodes()) {
            for (InboundConnector c : node.inboundConnectors()) {
                c.enhancedFiltering().ifPresent(ef -> check(node, c, ef, microsoft, findings));
            }
        }
        return findings;
    }

    private static void check(NodeSpec node, InboundConnector c, EnhancedFiltering ef, List<Cidr> microsoft,
                              List<Finding> findings) {
        String where = "the Enhanced Filtering skip list of connector '" + c.name() + "' on " + node.name();
        for (Cidr range : ef.skipIps()) {
            if (AddressRanges.overlapsAny(range, AddressRanges.PRIVATE)) {
                findings.add(new Finding(ef.source(), PRIVATE, where + " lists " + range + ", private (RFC 1918) "
                        + "space: unsupported, EOP skips private addresses by itself [EF, §9, rule 36]",
                        "remove " + range + " and list the third party's public addresses (or use skipLastIp) [EF]"));
            }
            if (AddressRanges.overlapsAny(range, microsoft)) {
                findings.add(new Finding(ef.source(), MICROSOFT, where + " lists " + range + ", Microsoft 365 "
                        + "address space: Microsoft 365 IPs may not be skip-listed [EF, §9, §10.2, rule 36]",
                        "remove " + range + "; list only the addresses of the service in front of Exchange Online [EF]"));
            }
        }
    }
}
