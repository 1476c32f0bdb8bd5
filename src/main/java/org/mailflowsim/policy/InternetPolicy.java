package org.mailflowsim.policy;

import java.util.Optional;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;

/**
 * An internet organisation's MTA, behaving like a default Postfix: it receives for its own domains, refuses
 * to relay for anyone else, and sends its users' mail by MX. Replies are Postfix's.
 */
public final class InternetPolicy implements NodePolicy {
    private final NodeRules rules;

    public InternetPolicy(NodeSpec node, SimulatedDns dns) {
        this.rules = new NodeRules(node, dns);
    }

    @Override
    public Verdict recipient(Provenance.Received session, String mailFrom, String recipient) {
        String domain = Addresses.domainOf(recipient);
        if (!rules.accepts(domain)) {
            return Verdict.reject(554, "5.7.1 <" + recipient + ">: Relay access denied",
                    "not a domain of this organisation, and the sender is not one of its users");
        }
        if (rules.mailbox(recipient).isEmpty()) {
            return Verdict.reject(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown",
                    "no such mailbox in " + domain);
        }
        return Verdict.accept("mailbox of " + domain);
    }

    @Override
    public Verdict endOfData(Provenance.Received session, MessageFacts message) {
        return rules.endOfData(message, Optional.empty(), 554, "5.4.0 Error: too many hops",
                "(Postfix hopcount_limit)");
    }

    @Override
    public Route route(Provenance provenance, String mailFrom, String recipient) {
        Optional<Mailbox> mailbox = rules.mailbox(recipient);
        if (mailbox.isPresent()) {
            return new Route.Deliver(mailbox.get(), "local mailbox");
        }
        return rules.viaMx(recipient, rules.nodeCertificate(), "remote domain, sent by MX");
    }
}
