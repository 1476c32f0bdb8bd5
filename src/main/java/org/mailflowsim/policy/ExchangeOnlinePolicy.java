package org.mailflowsim.policy;

import java.util.List;
import java.util.Optional;
import java.time.Clock;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.AutoForwardingMode;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;

/** Exchange Online / EOP for one tenant: domain.md §13 rules 1–4, 6, 10, 12–13, 16, 18–21, 23–24. */
public final class ExchangeOnlinePolicy implements NodePolicy {
    static final String RELAY_DENIED = "5.7.64 TenantAttribution; Relay Access Denied";
    static final String DBEB = "5.4.1 Recipient address rejected: Access denied";
    static final String NOT_FOUND = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup";

    static final String FORWARDING_DENIED = "5.7.520 Access denied, Your organization does not allow external "
            + "forwarding. Please contact your administrator for further assistance. AS(7555)";

    private final NodeRules rules;
    private final Optional<OutboundConnector> centralizedTransport;
    private final List<OutboundConnector> ordinaryConnectors;
    private final TenantSrs srs;

    public ExchangeOnlinePolicy(NodeSpec node, SimulatedDns dns, Clock clock) {
        this.rules = new NodeRules(node, dns);
        this.srs = new TenantSrs(node, clock);
        this.centralizedTransport = node.outboundConnectors().stream()
                .filter(c -> c.routeAllViaOnPremises() && c.type() == ConnectorType.ON_PREMISES).findFirst();
        this.ordinaryConnectors = node.outboundConnectors().stream().filter(c -> !c.routeAllViaOnPremises())
                .toList();
    }

    @Override
    public Verdict recipient(Provenance.Received session, String mailFrom, String recipient) {
        // The Partner lock-down is checked first: on-prem mail that misses its OnPremises connector gets 5.7.51,
        // not the relay rule's 5.7.64 (domain.md §14 sc.5).
        Optional<Verdict.Refuse> locked = PartnerRestriction.check(rules.node.inboundConnectors(), session, mailFrom);
        if (locked.isPresent()) {
            return locked.get();
        }
        String domain = Addresses.domainOf(recipient);
        if (rules.accepts(domain) && srs.reverse(recipient).isPresent()) {
            return Verdict.accept(recipient + " is an SRS address this tenant issued [SRS, rule 32]");
        }
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
        Optional<ConnectorMatch> onPrem = session.onPremisesConnector();
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
    public Verdict endOfData(Provenance.Received session, MessageFacts message) {
        // Mail through an OnPremises connector is internal (SCL -1): EOP does not spam-filter it (domain.md §13
        // rule 8).
        Optional<String> internal = session.onPremisesConnector()
                .map(m -> "it came through OnPremises connector " + m.describe()
                        + ": internal mail, SCL -1, is not spam-filtered [rule 8]");
        return rules.endOfData(message, internal, 554, "5.4.14 Hop count exceeded - possible mail loop ATTR34",
                "(Exchange Online's limit is UNCONFIRMED, domain.md §15) [ATTR34, LOOPDOC, rule 16]");
    }

    @Override
    public boolean originatingFromOnPremises(Provenance provenance) {
        if (provenance instanceof Provenance.Received r) {
            return r.onPremisesConnector().isPresent();
        }
        return NodePolicy.super.originatingFromOnPremises(provenance);
    }

    @Override
    public Route route(Provenance provenance, String mailFrom, String recipient) {
        boolean fromOnPrem = originatingFromOnPremises(provenance);
        boolean cloudSender = provenance instanceof Provenance.Submitted && !fromOnPrem;
        Optional<String> srsOriginal = srs.reverse(recipient);
        if (srsOriginal.isPresent()) {
            return outward(srsOriginal.get(), true, "SRS address reversed to the original sender "
                    + srsOriginal.get() + " [SRS, rule 32]");
        }
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
            return inOrganisation(user.get().externalAddress(), fromOnPrem,
                    "mail user routed to its ExternalEmailAddress " + user.get().externalAddress() + " [PS-RM, rule 20]");
        }
        String domain = Addresses.domainOf(recipient);
        if (rules.accepts(domain) && rules.domainType(domain) == DomainType.AUTHORITATIVE) {
            return NodeRules.fail(NOT_FOUND, "no recipient " + recipient + " in authoritative domain " + domain
                    + " [KB3197393, rule 21]");
        }
        if (rules.accepts(domain)) {
            return inOrganisation(recipient, fromOnPrem, "unknown recipient of internal-relay domain " + domain
                    + " [ACC, rule 19]");
        }
        Route route = outward(recipient, fromOnPrem, "recipient outside the tenant");
        return relayedForOnPremises(provenance, mailFrom) ? srs.rewriteRelay(route, mailFrom) : route;
    }

    /** Mail an on-prem server relays through the tenant for a sender domain the tenant does not own (rule 29). */
    private boolean relayedForOnPremises(Provenance provenance, String mailFrom) {
        return provenance instanceof Provenance.Received && originatingFromOnPremises(provenance)
                && !Addresses.isNull(mailFrom) && !rules.accepts(Addresses.domainOf(mailFrom));
    }

    @Override
    public Optional<Verdict.Refuse> refuseForward(Mailbox mailbox, String target) {
        if (rules.accepts(Addresses.domainOf(target)) || rules.node.autoForwardingMode() == AutoForwardingMode.ON) {
            return Optional.empty();
        }
        return Optional.of((Verdict.Refuse) Verdict.reject(550, FORWARDING_DENIED, "external forwarding from "
                + mailbox.address() + " to " + target + " is blocked by the outbound spam policy (AutoForwardingMode "
                + rules.node.autoForwardingMode().yamlName() + "; Automatic now means Off) [FWD, PS-OSP, rule 27]"));
    }

    /**
     * SRS rewrites the P1 of mail leaving Microsoft 365 (domain.md §7.2). An internal forward does not leave, and
     * neither does one the outbound spam policy refuses (rule 27): both keep the original sender, so the 5.7.520
     * NDR goes straight to that sender, not to an SRS address.
     */
    @Override
    public String forwardSender(Mailbox mailbox, String originalSender, String target) {
        return rules.accepts(Addresses.domainOf(target)) || refuseForward(mailbox, target).isPresent()
                ? originalSender : srs.forwardAddress(mailbox.address(), originalSender);
    }

    /**
     * A recipient of the organisation who lives on-premises (a mail user's target, an internal-relay address).
     * Rule 13 keeps CMT from sending internet-bound mail back to on-prem; mail for on-prem recipients still goes
     * there, so every connector — the CMT one included — may carry it.
     */
    private Route inOrganisation(String address, boolean fromOnPrem, String why) {
        return fromOnPrem ? connectorOrMx(address, rules.node.outboundConnectors(), why, "")
                : outward(address, false, why);
    }

    private Route outward(String address, boolean fromOnPrem, String why) {
        if (centralizedTransport.isPresent() && !fromOnPrem) {
            return rules.viaConnector(centralizedTransport.get(), address, rules.nodeCertificate(),
                    why + "; centralized mail transport sends it through on-premises [PS-OUT, TROUTE, rule 12]");
        }
        String cmtNote = centralizedTransport.isPresent() ? "; came from on-premises, so not sent back [rule 13]" : "";
        return connectorOrMx(address, ordinaryConnectors, why, cmtNote);
    }

    /** The best of {@code candidates} for the address's domain (rule 10), else its MX. */
    private Route connectorOrMx(String address, List<OutboundConnector> candidates, String why, String note) {
        Optional<OutboundConnector> connector = rules.connectorFor(address, candidates);
        if (connector.isPresent()) {
            return rules.viaConnector(connector.get(), address, rules.nodeCertificate(),
                    why + "; outbound connector '" + connector.get().name() + "' [CONN, rule 10]" + note);
        }
        return rules.viaMx(address, rules.nodeCertificate(), why + "; no outbound connector, so MX" + note);
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
