package org.mailflowsim.policy;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.InboundConnector;

/**
 * The lock-down of Partner inbound connectors (domain.md §4, §9, §13 rules 23–24; PS-IN, 3PC, PARTNER): a Partner
 * connector with {@code restrictDomainsToCertificate} or {@code restrictDomainsToIps} refuses mail from its
 * {@code senderDomains} that does not arrive with its certificate or from its IPs, so mail that bypasses the MX
 * (a third-party filter, on-prem) is refused at RCPT with 5.7.51.
 *
 * <p>Readings this class makes (the references say no more):
 * <ul>
 *   <li>A session an OnPremises connector identified is exempt: that connector is its own path, and the restrict
 *       parameters only work on Partner connectors (rule 24, 3PC).</li>
 *   <li>{@code *} covers every sender, the null reverse-path {@code <>} included (an NDR has no domain, but "all
 *       senders" cannot leave it out, or bounces would be a way round the lock-down); a named domain or
 *       {@code *.domain} never covers {@code <>}. A connector without {@code senderDomains} restricts nothing.</li>
 *   <li>With both restrictions set, the session must satisfy both (each parameter rejects on its own, PS-IN).</li>
 *   <li>When several restricted connectors cover the sender, satisfying one of them is enough: that is the
 *       connector the mail came through.</li>
 * </ul>
 */
final class PartnerRestriction {
    static final String TEXT = "5.7.51 TenantInboundAttribution; There is a partner connector configured that "
            + "matched the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or "
            + "RestrictDomainsToCertificate set";

    private PartnerRestriction() {
    }

    /** A 5.7.51 refusal when a restricted Partner connector covers the sender and the session does not satisfy it. */
    static Optional<Verdict.Refuse> check(List<InboundConnector> connectors, Provenance.Received session,
                                          String mailFrom) {
        if (session.onPremisesConnector().isPresent()) {
            return Optional.empty();
        }
        List<InboundConnector> covering = connectors.stream()
                .filter(c -> c.type() == ConnectorType.PARTNER && restricts(c) && covers(c, mailFrom)).toList();
        if (covering.isEmpty() || covering.stream().anyMatch(c -> satisfied(c, session.session()))) {
            return Optional.empty();
        }
        String sender = Addresses.isNull(mailFrom) ? "the null reverse-path <>" : Addresses.domainOf(mailFrom);
        String names = String.join(", ", covering.stream().map(c -> "'" + c.name() + "'").toList());
        return Optional.of((Verdict.Refuse) Verdict.reject(550, TEXT, "Partner connector " + names + " covers "
                + sender + " and restricts it to " + restrictions(covering.get(0)) + ", but this session "
                + describe(session.session()) + ": mail that bypasses the MX is refused [PARTNER, 3PC, rule 23]"));
    }

    private static boolean restricts(InboundConnector c) {
        return c.restrictDomainsToCertificate() || c.restrictDomainsToIps();
    }

    private static boolean covers(InboundConnector c, String mailFrom) {
        if (Addresses.isNull(mailFrom)) {
            return c.senderDomains().contains("*");
        }
        String domain = Addresses.domainOf(mailFrom);
        return c.senderDomains().stream().anyMatch(p -> p.equals("*") || p.equals(domain)
                || OutboundConnectorSelector.wildcardMatches(p, domain));
    }

    private static boolean satisfied(InboundConnector c, SessionFacts session) {
        // Certificate names are matched as the connector matcher matches them (PS-IN, domain.md §13 rule 2).
        return (!c.restrictDomainsToCertificate() || InboundConnectorMatcher.byCertificate(c, session))
                && (!c.restrictDomainsToIps() || InboundConnectorMatcher.byIp(c, session));
    }

    private static String restrictions(InboundConnector c) {
        String cert = "certificate " + c.certificateName().orElse("(none configured)");
        String ips = "IPs " + String.join(", ", c.senderIps().stream().map(Object::toString).toList());
        return c.restrictDomainsToCertificate() && c.restrictDomainsToIps() ? cert + " and " + ips
                : c.restrictDomainsToCertificate() ? cert : ips;
    }

    private static String describe(SessionFacts s) {
        String cert = s.clientCertificateNames().isEmpty() ? "no client certificate"
                : "certificate " + String.join(", ", s.clientCertificateNames());
        return "came from " + s.peerIp().getHostAddress() + " with " + cert;
    }
}
