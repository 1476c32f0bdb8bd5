package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailflowsim.policy.CertificateNames;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;

/**
 * How Exchange Online's OnPremises inbound connectors identify on-prem, and what that allows it to relay
 * (RELAY23, domain.md §2.2):
 * <ul>
 * <li>{@code certificate-not-accepted}: the certificate name's domain is not exactly an accepted domain
 * ({@code host.sub.contoso.com} needs {@code sub.contoso.com}) [ATTR36, NOTICE, rule 6];</li>
 * <li>{@code connector-by-ip}: the connector identifies on-prem by IP only, so only accepted P1 domains relay
 * [RELAY23, NOTICE, rules 3-4; an anti-pattern per MC1226222].</li>
 * </ul>
 * Either way relayed NDRs ({@code MAIL FROM:<>}), send-as of foreign domains and on-prem forwards get 550 5.7.64.
 */
final class ConnectorIdentityCheck implements Check {
    static final String NOT_ACCEPTED = "certificate-not-accepted";
    static final String BY_IP = "connector-by-ip";
    private static final String CASUALTIES = "relayed NDRs (MAIL FROM:<>), send-as of domains the tenant does not "
            + "own and on-prem forwards to the internet are refused with 550 5.7.64 TenantAttribution; Relay Access Denied";

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (NodeSpec node : Sources.nodes(context.topology(), Role.EXCHANGE_ONLINE)) {
            Set<String> accepted = node.acceptedDomains().stream().map(AcceptedDomain::domain)
                    .collect(Collectors.toSet());
            for (InboundConnector c : node.inboundConnectors()) {
                if (c.type() != ConnectorType.ON_PREMISES) {
                    continue;
                }
                if (c.certificateName().isEmpty()) {
                    findings.add(new Finding(c.source(), BY_IP, "OnPremises connector '" + c.name() + "' of "
                            + node.name() + " identifies on-prem by IP only: " + CASUALTIES + " [RELAY23, NOTICE, §2.2]",
                            "identify on-prem by certificate: certificateName set to the name on on-prem's certificate "
                                    + "(e.g. *.contoso.com), whose domain is an accepted domain [RELAY23, NOTICE]"));
                } else if (!CertificateNames.standsForAcceptedDomain(c.certificateName().get(), accepted)) {
                    String name = c.certificateName().get();
                    String domain = name.substring(name.indexOf('.') + 1);
                    findings.add(new Finding(c.source(), NOT_ACCEPTED, "OnPremises connector '" + c.name() + "' of "
                            + node.name() + " identifies on-prem by certificate " + name + ", but neither " + name
                            + " nor " + domain + " is an accepted domain (a parent domain does not count): " + CASUALTIES
                            + " (ATTR36) [ATTR36, NOTICE, rule 6]", "add " + domain + " as an accepted domain of "
                            + node.name() + ", or use a certificate whose name is in an accepted domain [ATTR36]"));
                }
            }
        }
        return findings;
    }
}
