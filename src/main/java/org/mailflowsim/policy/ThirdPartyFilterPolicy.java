package org.mailflowsim.policy;

import java.util.Optional;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;

/**
 * A third-party cloud filter in front of Exchange Online (SEED-B, 3PC): it accepts mail for its customers'
 * domains and relays it through the connector for that domain (a smart host), refusing to relay otherwise.
 */
public final class ThirdPartyFilterPolicy implements NodePolicy {
    private final NodeRules rules;

    public ThirdPartyFilterPolicy(NodeSpec node, SimulatedDns dns) {
        this.rules = new NodeRules(node, dns);
    }

    @Override
    public Verdict recipient(Provenance.Received session, String mailFrom, String recipient) {
        String domain = Addresses.domainOf(recipient);
        if (rules.accepts(domain)) {
            return Verdict.accept("customer domain " + domain);
        }
        return Verdict.reject(554, "5.7.1 <" + recipient + ">: Relay access denied",
                domain + " is not a customer domain of the filter");
    }

    @Override
    public Verdict endOfData(Provenance.Received session, MessageFacts message) {
        return rules.endOfData(message, Optional.empty(), 554, "5.4.0 Error: too many hops", "(hop limit)");
    }

    @Override
    public Route route(Provenance provenance, String mailFrom, String recipient) {
        Optional<Mailbox> mailbox = rules.mailbox(recipient);
        if (mailbox.isPresent()) {
            return new Route.Deliver(mailbox.get(), "local mailbox");
        }
        Optional<OutboundConnector> c = rules.connectorFor(recipient, rules.node.outboundConnectors());
        if (c.isPresent()) {
            return rules.viaConnector(c.get(), recipient, rules.nodeCertificate(),
                    "filtered mail relayed through connector '" + c.get().name() + "' [3PC]");
        }
        return rules.viaMx(recipient, rules.nodeCertificate(), "no connector, so MX");
    }
}
