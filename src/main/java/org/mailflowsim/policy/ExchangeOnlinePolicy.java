package org.mailflowsim.policy;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;

/** Exchange Online / EOP for one tenant: domain.md §13 rules 1–4, 6, 10, 12–13, 16, 18–21. */
public final class ExchangeOnlinePolicy implements NodePolicy {
    static final String RELAY_DENIED = "5.7.64 TenantAttribution; Relay Access Denied";
    static final String DBEB = "5.4.1 Recipient address rejected: Access denied";
    static final String NOT_FOUND = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup";

    private final NodeRules rules;
    private final Optional<OutboundConnector> centralizedTransport;
    private final List<OutboundConnector> ordinaryConnectors;

    public ExchangeOnlinePolicy(NodeSpec node, SimulatedDns dns) {
        this.rules = new NodeRules(node, dns);
        this.centralizedTransport = node.outboundConnectors().stream()
                .filter(c -> c.routeAllViaOnPremises() && c.type() == ConnectorType.ON_PREMISES).findFirst();
        this.ordinaryConnectors = node.outboundConnectors().stream().filter(c -> !c.routeAllViaOnPremises())
                .toList();
    }

    @Override
    public Verdict recipient(Provenance.Received session, String mailFrom, String recipient) {
        String domain = Addresses.domainOf(recipient);
        return rules.accepts(domain) ? acceptedRecipient(recipient, domain) : relay(session, mailFrom);
    }

    private Verdict acceptedRecipient(String recipient, String domain) {
        if (rules.mailbox(recipient).isPresent() || mailUser(recipient).isPresent()) {
            return Verdict.accept(recipient + " is a known recipient of accepted domain " + domain);
        }
        if (rules.domainType(domain) == DomainType.AUTHORITATIVE
                && rules.dns.mxPointsTo(domain, rules.node.ips())) {
            return Verdict.reject(550, DBEB, "unknown recipient in authoritative domain " + domain
                    + " with MX to Exchange Online: Directory Based Edge Blocking [DBEB, rule 18]");
        }
        return Verdict.accept("accepted domain " + domain + " (" + rules.domainType(domain).yamlName()
                + "); the recipient is resolved after acceptance [ACC, rule 19]");
    }

    /** The relay rule since 2023-11-01 (RELAY23, domain.md §2.2, rules 1–4 and 6). */
    private Verdict relay(Provenance.Received session, String mailFrom) {
        Optional<ConnectorMatch> onPrem = session.connector()
                .filter(m -> m.connector().type() == ConnectorType.ON_PREMISES);
        boolean certDomainAccepted = false;
        for (String n : session.session().clientCertificateNames()) {
            certDomainAccepted |= CertificateNames.standsForAcceptedDomain(n, rules.acceptedDomains);
        }
        boolean p1Accepted = !Addresses.isNull(mailFrom) && rules.accepts(Addresses.domainOf(mailFrom));
        String p1 = Addresses.isNull(mailFrom) ? "the null reverse-path <>" : "P1 domain " + Addresses.domainOf(mailFrom);
        if (onPrem.isPresent()) {
            boolean byCert = onPrem.get().by() == ConnectorMatch.By.CERTIFICATE;
            // The reading of RELAY23: the certificate domain counts when the certificate identified the
            // connector; an IP-identified connector relays only accepted P1 domains (NOTICE). Rule 4: <> is never accepted.
            if (byCert && certDomainAccepted) {
                return Verdict.accept("relay allowed: connector " + onPrem.get().describe()
                        + " and the certificate's domain is accepted [RELAY23, rules 3, 6]");
            }
            if (p1Accepted) {
                return Verdict.accept("relay allowed: connector " + onPrem.get().describe() + " and " + p1
                        + " is accepted [RELAY23, rule 3]");
            }
            return Verdict.reject(550, RELAY_DENIED, "relay refused: connector " + onPrem.get().describe()
                    + " matched, but " + p1 + " is not an accepted domain"
                    + (byCert ? " and the certificate's domain is not accepted" : " and an IP-identified connector cannot vouch for it")
                    + " [RELAY23, NOTICE, rules 3–4]");
        }
        // With no connector matched the relay is refused the same way, whether or not P1 or a certificate ties
        // the session to the tenant: the documented cause is "certificate name or source IP no longer matches
        // the inbound connector" (R564, F564).
        String tie = p1Accepted ? "attributed to the tenant by " + p1 + ", but "
                : certDomainAccepted ? "attributed to the tenant by certificate domain, but " : "";
        return Verdict.reject(550, RELAY_DENIED, "relay refused: " + tie + "no OnPremises inbound connector "
                + "matched the sender's certificate or IP [RELAY23, R564, F564, rule 3]");
    }

    @Override
    public Verdict endOfData(Provenance.Received session, int receivedHeaders) {
        return rules.hopCount(receivedHeaders, 554, "5.4.14 Hop count exceeded - possible mail loop ATTR34",
                "(Exchange Online's limit is UNCONFIRMED, domain.md §15) [ATTR34, LOOPDOC, rule 16]");
    }

    @Override
    public boolean originatingFromOnPremises(Provenance provenance) {
        if (provenance instanceof Provenance.Received r) {
            return r.connector().filter(m -> m.connector().type() == ConnectorType.ON_PREMISES).isPresent();
        }
        return NodePolicy.super.originatingFromOnPremises(provenance);
    }

    @Override
    public Route route(Provenance provenance, String mailFrom, String recipient) {
        boolean fromOnPrem = originatingFromOnPremises(provenance);
        boolean cloudSender = provenance instanceof Provenance.Submitted && !fromOnPrem;
        Optional<Mailbox> mailbox = rules.mailbox(recipient);
        if (mailbox.isPresent()) {
            if (centralizedTransport.isPresent() && !fromOnPrem && !cloudSender) {
                return rules.viaConnector(centralizedTransport.get(), recipient, rules.nodeCertificate(),
                        "centralized mail transport: internet mail for a cloud mailbox goes to on-premises first "
                                + "[TROUTE, rule 12]");
            }
            return new Route.Deliver(mailbox.get(), fromOnPrem
                    ? "cloud mailbox; came from on-premises, so CMT does not send it back [CMTBLOG, rule 13]"
                    : "cloud mailbox");
        }
        Optional<MailUser> user = mailUser(recipient);
        if (user.isPresent()) {
            return outward(user.get().externalAddress(), fromOnPrem,
                    "mail user routed to its ExternalEmailAddress " + user.get().externalAddress() + " [PS-RM, rule 20]");
        }
        String domain = Addresses.domainOf(recipient);
        if (rules.accepts(domain) && rules.domainType(domain) == DomainType.AUTHORITATIVE) {
            return NodeRules.fail(NOT_FOUND, "no recipient " + recipient + " in authoritative domain " + domain
                    + " [KB3197393, rule 21]");
        }
        return outward(recipient, fromOnPrem, rules.accepts(domain)
                ? "unknown recipient of internal-relay domain " + domain + " [ACC, rule 19]"
                : "recipient outside the tenant");
    }

    private Route outward(String address, boolean fromOnPrem, String why) {
        if (centralizedTransport.isPresent() && !fromOnPrem) {
            return rules.viaConnector(centralizedTransport.get(), address, rules.nodeCertificate(),
                    why + "; centralized mail transport sends it through on-premises [PS-OUT, TROUTE, rule 12]");
        }
        String cmtNote = centralizedTransport.isPresent() ? "; came from on-premises, so not sent back [rule 13]" : "";
        Optional<OutboundConnector> connector = rules.connectorFor(address, ordinaryConnectors);
        if (connector.isPresent()) {
            return rules.viaConnector(connector.get(), address, rules.nodeCertificate(),
                    why + "; outbound connector '" + connector.get().name() + "' [CONN, rule 10]" + cmtNote);
        }
        return rules.viaMx(address, rules.nodeCertificate(), why + "; no outbound connector, so MX" + cmtNote);
    }

    private Optional<MailUser> mailUser(String address) {
        for (MailUser u : rules.node.mailUsers()) {
            if (u.address().equals(address)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
