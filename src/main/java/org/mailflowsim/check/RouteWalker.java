package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.policy.InboundConnectorMatcher;
import org.mailflowsim.policy.NextHop;
import org.mailflowsim.policy.NodePolicy;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.policy.Route;
import org.mailflowsim.policy.SessionFacts;
import org.mailflowsim.policy.Verdict;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;

/**
 * Follows one recipient from node to node with the nodes' own routing policies, without sockets: what the
 * runtime's delivery agent would do, decided statically. A node's route is a pure function of (provenance,
 * envelope sender, address), so meeting the same node again with the same three means the mail goes round
 * for ever — until a hop count fires at run time (domain.md §6). Revisiting a node in another state is
 * legitimate (CMT: exo → onprem → exo → mailbox, the second time as mail from on-prem [CMTBLOG, rule 13]).
 */
final class RouteWalker {
    /** Longer than any documented legitimate path; a walk this long is a loop whose state keeps changing. */
    static final int MAX_LEGS = 40;

    private final CheckContext context;

    RouteWalker(CheckContext context) {
        this.context = context;
    }

    Walk walk(WalkStart start, String mailFrom, String recipient) {
        NodeSpec node = start.node();
        Provenance provenance = start.provenance();
        String address = recipient;
        String sender = mailFrom;
        List<Walk.Leg> legs = new ArrayList<>();
        if (provenance instanceof Provenance.Received arriving) {
            Optional<Verdict.Refuse> refused = refusal(node, arriving, sender, address);
            if (refused.isPresent()) {
                return refusedAt(recipient, legs, node, refused.get());
            }
        }
        Set<State> seen = new HashSet<>();
        while (seen.add(new State(node.name(), provenance, sender, address))) {
            if (legs.size() >= MAX_LEGS) {
                return new Walk(recipient, legs, Walk.Ending.CYCLE, "still travelling after " + MAX_LEGS + " hops");
            }
            Route route = context.policy(node).route(provenance, sender, address);
            if (route instanceof Route.Deliver d) {
                return new Walk(recipient, legs, Walk.Ending.DELIVERED,
                        "mailbox " + d.mailbox().address() + " on " + node.name());
            }
            if (route instanceof Route.Fail f) {
                return new Walk(recipient, legs, Walk.Ending.FAILED, f.code() + " at " + node.name());
            }
            Route.Relay relay = (Route.Relay) route;
            Optional<NodeSpec> next = nodeFor(relay.hop().hosts());
            legs.add(new Walk.Leg(node, next, relay.address(), relay));
            if (next.isEmpty()) {
                return new Walk(recipient, legs, Walk.Ending.LEFT_TOPOLOGY, relay.hop().describe());
            }
            if (next.get() == node && node.role() != Role.EXCHANGE_ONLINE) {
                // Other MTAs notice a next hop that is themselves at once (the runtime's "loops back to myself").
                return new Walk(recipient, legs, Walk.Ending.CYCLE,
                        relay.hop().describe() + " is " + node.name() + " itself");
            }
            address = relay.address();
            sender = relay.envelopeFrom().orElse(sender);
            Provenance.Received received = receivedAt(next.get(), node, relay.hop());
            Optional<Verdict.Refuse> refused = refusal(next.get(), received, sender, address);
            if (refused.isPresent()) {
                return refusedAt(recipient, legs, next.get(), refused.get());
            }
            node = next.get();
            provenance = received;
        }
        return new Walk(recipient, legs, Walk.Ending.CYCLE, node.name() + " receives it again in the same state");
    }

    CheckContext context() {
        return context;
    }

    /** The first node owning an address of the hosts, in their order (as the delivery agent resolves a next hop). */
    Optional<NodeSpec> nodeFor(List<String> hosts) {
        for (String host : hosts) {
            for (var ip : context.dns().addresses(host)) {
                Optional<NodeSpec> n = context.topology().nodeWithIp(ip);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the receiver learns of the session: the sender's public IP, TLS (every node offers STARTTLS), and the
     * sender's certificate names when the hop presents a certificate (design.md §3).
     */
    static Provenance.Received receivedAt(NodeSpec receiver, NodeSpec sender, NextHop hop) {
        List<String> names = hop.clientCertificate().isPresent() && sender.certificate().isPresent()
                ? sender.certificate().get().allNames() : List.of();
        SessionFacts facts = new SessionFacts(sender.publicIp(), true, names, sender.hostname());
        return new Provenance.Received(facts, InboundConnectorMatcher.match(receiver.inboundConnectors(), facts));
    }

    private Optional<Verdict.Refuse> refusal(NodeSpec receiver, Provenance.Received session, String sender,
                                             String address) {
        NodePolicy policy = context.policy(receiver);
        Verdict v = policy.mailFrom(session, sender);
        if (v instanceof Verdict.Refuse r) {
            return Optional.of(r);
        }
        return policy.recipient(session, sender, address) instanceof Verdict.Refuse r
                ? Optional.of(r) : Optional.empty();
    }

    private static Walk refusedAt(String recipient, List<Walk.Leg> legs, NodeSpec node, Verdict.Refuse refuse) {
        return new Walk(recipient, legs, Walk.Ending.REFUSED, refuse.reply() + " at " + node.name());
    }

    private record State(String node, Provenance provenance, String sender, String address) {
    }
}
