package org.mailflowsim.policy;

import java.util.Optional;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.RemoteMailbox;

/** On-premises Exchange Server: domain.md §13 rules 15, 20–22 and send-connector routing. */
public final class ExchangeServerPolicy implements NodePolicy {
    static final String ANONYMOUS_RELAY = "5.7.54 SMTP; Unable to relay recipient in non-accepted domain";
    static final String NOT_FOUND = "5.1.1 RESOLVER.ADR.RecipNotFound; not found";

    private final NodeRules rules;

    public ExchangeServerPolicy(NodeSpec node, SimulatedDns dns) {
        this.rules = new NodeRules(node, dns);
    }

    @Override
    public Verdict recipient(Provenance.Received session, String mailFrom, String recipient) {
        String domain = Addresses.domainOf(recipient);
        if (rules.accepts(domain)) {
            // Exchange Server resolves recipients after acceptance (no recipient filtering on a Mailbox server
            // by default): an unknown one fails later in the categorizer with a RESOLVER.ADR NDR (rule 21).
            return Verdict.accept("recipient of accepted domain " + domain + "; resolved after acceptance");
        }
        Optional<ConnectorMatch> trusted = session.onPremisesConnector();
        if (trusted.isPresent()) {
            return Verdict.accept("relay allowed: receive connector " + trusted.get().describe()
                    + " trusts this sender [TLSBLOG]");
        }
        return Verdict.reject(550, ANONYMOUS_RELAY, "anonymous session may not relay to " + domain
                + " [OBS-5.7.54, rule 22]");
    }

    @Override
    public Verdict endOfData(Provenance.Received session, MessageFacts message) {
        return rules.endOfData(message, Optional.empty(), 554, "5.4.6 Hop count exceeded - possible mail loop",
                "(MaxHopCount) [PS-RC, rule 15]");
    }

    @Override
    public Route route(Provenance provenance, String mailFrom, String recipient) {
        Optional<Mailbox> mailbox = rules.mailbox(recipient);
        if (mailbox.isPresent()) {
            return new Route.Deliver(mailbox.get(), "on-premises mailbox");
        }
        Optional<RemoteMailbox> remote = remoteMailbox(recipient);
        if (remote.isPresent()) {
            return sendConnector(remote.get().routingAddress(), "remote mailbox routed to its RemoteRoutingAddress "
                    + remote.get().routingAddress() + " [PS-RM, rule 20]");
        }
        String domain = Addresses.domainOf(recipient);
        if (rules.accepts(domain) && rules.domainType(domain) == DomainType.AUTHORITATIVE) {
            return NodeRules.fail("550 " + NOT_FOUND, "no recipient " + recipient + " in authoritative domain "
                    + domain + " [KB2685437, NDRS, rule 21]");
        }
        return sendConnector(recipient, rules.accepts(domain)
                ? "unknown recipient of a relay domain" : "recipient outside the organisation");
    }

    private Route sendConnector(String address, String why) {
        Optional<OutboundConnector> c = rules.connectorFor(address, rules.node.outboundConnectors());
        if (c.isEmpty()) {
            return NodeRules.fail("550 5.4.4 Unable to route: no send connector covers " + Addresses.domainOf(address),
                    why + "; no send connector's address space covers " + Addresses.domainOf(address) + " [NDRS]");
        }
        // An Exchange Server presents a certificate only when the send connector names one (TlsCertificateName).
        return rules.viaConnector(c.get(), address, c.get().tlsCertificateName(),
                why + "; send connector '" + c.get().name() + "'");
    }

    private Optional<RemoteMailbox> remoteMailbox(String address) {
        for (RemoteMailbox r : rules.node.remoteMailboxes()) {
            if (r.address().equals(address)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
