package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.List;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;

/**
 * {@code unresolved-host}: names mail is sent to that have no address, so the sender bounces it with
 * 550 5.4.4 Host or domain name not found (RFC 5321 §5.1; domain.md §11): an MX target without A/AAAA record, a
 * connector's smart host name that does not resolve, and an accepted domain with neither MX nor A record (mail
 * from outside cannot reach it at all).
 */
final class UnresolvedHostCheck implements Check {
    static final String RULE = "unresolved-host";

    @Override
    public List<Finding> run(CheckContext context) {
        SimulatedDns dns = context.dns();
        List<Finding> findings = new ArrayList<>();
        for (DnsRecord r : context.topology().dns()) {
            if (r.type() == DnsRecord.DnsType.MX && dns.addresses(r.value()).isEmpty()) {
                findings.add(new Finding(r.source(), RULE, "MX of " + r.name() + " names " + r.value()
                        + ", which has no A/AAAA record: mail for " + r.name() + " bounces with 550 5.4.4 [§11, RFC5321]",
                        "add an A record for " + r.value() + ", or point the MX at a host that has one"));
            }
        }
        for (NodeSpec node : context.topology().nodes()) {
            for (OutboundConnector c : node.outboundConnectors()) {
                c.smartHosts().stream().filter(h -> Cidr.parse(h).isEmpty() && dns.addresses(h).isEmpty())
                        .forEach(h -> findings.add(new Finding(c.source(), RULE, "smart host " + h + " of connector '"
                                + c.name() + "' on " + node.name() + " does not resolve: mail through it bounces with "
                                + "550 5.4.4 [§3.1, PS-OUT]", "add an A record for " + h
                                + " or correct the smart host name")));
            }
            for (AcceptedDomain d : node.acceptedDomains()) {
                if (dns.mx(d.domain()).isEmpty() && dns.addresses(d.domain()).isEmpty()) {
                    findings.add(new Finding(d.source(), RULE, node.name() + " accepts " + d.domain()
                            + ", which has no MX (and no A record for an implicit MX): no mail from outside can "
                            + "reach it [§11, RFC5321 §5.1]", "publish an MX record for " + d.domain()
                            + " pointing at the node that should receive its mail"));
                }
            }
        }
        return findings;
    }
}
