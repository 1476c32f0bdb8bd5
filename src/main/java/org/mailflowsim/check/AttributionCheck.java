package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mailflowsim.policy.NextHop;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;

/**
 * {@code connector-not-attributed}: an on-prem send connector whose mail reaches Exchange Online, which has
 * OnPremises inbound connectors, yet none of them identifies it (no certificate presented, or one with another
 * name). The tenant then treats on-prem's mail as anonymous internet mail: relays to the internet get
 * 550 5.7.64, and the mail is not "originating from on-premises", so CMT sends it back [RELAY23, R564, CMTBLOG,
 * OBS-CMTLOOP; domain.md §2.2, §3.3, §12 "Renewed certificate"].
 */
final class AttributionCheck implements Check {
    static final String RULE = "connector-not-attributed";

    @Override
    public List<Finding> run(CheckContext context) {
        RouteWalker walker = new RouteWalker(context);
        List<Finding> findings = new ArrayList<>();
        for (NodeSpec onPrem : Sources.nodes(context.topology(), Role.EXCHANGE_SERVER)) {
            for (OutboundConnector c : onPrem.outboundConnectors()) {
                List<String> hosts = targetHosts(context, c);
                Optional<NodeSpec> tenant = walker.nodeFor(hosts).filter(n -> n.role() == Role.EXCHANGE_ONLINE);
                if (tenant.isEmpty() || onPremisesConnectors(tenant.get()).isEmpty()) {
                    continue;
                }
                NextHop hop = NextHop.viaConnector(c, hosts, c.tlsCertificateName());
                Provenance.Received session = RouteWalker.receivedAt(tenant.get(), onPrem, hop);
                if (session.onPremisesConnector().isEmpty()) {
                    findings.add(finding(onPrem, c, tenant.get(), session));
                }
            }
        }
        return findings;
    }

    /** Smart hosts, else the MX hosts of the connector's named domains ({@code *} by MX is the internet). */
    static List<String> targetHosts(CheckContext context, OutboundConnector c) {
        if (!c.usesMx()) {
            return c.smartHosts();
        }
        return c.recipientDomains().stream().filter(d -> !d.startsWith("*"))
                .flatMap(d -> context.dns().mailHosts(d).stream()).distinct().toList();
    }

    private static List<InboundConnector> onPremisesConnectors(NodeSpec tenant) {
        return tenant.inboundConnectors().stream().filter(c -> c.type() == ConnectorType.ON_PREMISES).toList();
    }

    private static Finding finding(NodeSpec onPrem, OutboundConnector c, NodeSpec tenant, Provenance.Received session) {
        String expected = onPremisesConnectors(tenant).stream()
                .map(i -> "'" + i.name() + "' (" + i.certificateName().map(n -> "certificate " + n)
                        .orElse("IPs " + i.senderIps()) + ")")
                .collect(Collectors.joining(", "));
        String presented = session.session().presentedCertificate()
                ? "presents a certificate for " + String.join(", ", session.session().clientCertificateNames())
                : "presents no certificate (no tlsCertificateName)";
        String message = "send connector '" + c.name() + "' of " + onPrem.name() + " reaches " + tenant.name()
                + " from " + onPrem.publicIp().getHostAddress() + " and " + presented + ", which none of "
                + tenant.name() + "'s OnPremises connectors " + expected + " identifies: its mail arrives as anonymous "
                + "internet mail and relays to the internet get 550 5.7.64"
                + (tenant.outboundConnectors().stream().anyMatch(OutboundConnector::routeAllViaOnPremises)
                        ? "; it is not 'originating from on-premises', so CMT sends mail for cloud mailboxes back" : "")
                + " [RELAY23, R564, CMTBLOG, §2.2, §3.3]";
        String fix = onPremisesConnectors(tenant).stream().flatMap(i -> i.certificateName().stream()).findFirst()
                .map(n -> "set tlsCertificateName on '" + c.name() + "' so that " + onPrem.name() + " presents its "
                        + "certificate, whose name must match " + n + " [R564, TLSBLOG]")
                .orElse("add " + onPrem.publicIp().getHostAddress() + " to an OnPremises connector's senderIps, or "
                        + "identify on-prem by certificate [RELAY23]");
        return new Finding(c.source(), RULE, message, fix);
    }
}
