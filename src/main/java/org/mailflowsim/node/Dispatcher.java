package org.mailflowsim.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailflowsim.policy.NextHop;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.policy.Route;
import org.mailflowsim.policy.Verdict;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Journal;
import org.mailflowsim.trace.MessageKind;

/**
 * A node's queue manager: asks the policy where each recipient goes, delivers local ones (applying forwarding
 * rules), and hands the rest to the delivery agent grouped by next hop, one SMTP transaction per group.
 */
final class Dispatcher {
    /** Stamped on each forwarded copy with the forwarding mailbox, to detect forwarding loops (RFC 9228). */
    static final String DELIVERED_TO = "Delivered-To";

    private final Node node;
    private final Journal journal;
    private final DeliveryAgent delivery;

    Dispatcher(Node node, Journal journal, DeliveryAgent delivery) {
        this.node = node;
        this.journal = journal;
        this.delivery = delivery;
    }

    void process(QueuedMessage m) {
        // First resolve every recipient, so the journal knows which copy stands for which recipients before any ends.
        Map<String, Route> routes = new LinkedHashMap<>();
        for (String rcpt : m.recipients()) {
            Route route = m.connectTo().<Route>map(host -> direct(host, rcpt))
                    .orElseGet(() -> node.policy().route(m.provenance(), m.mailFrom(), rcpt));
            String address = route instanceof Route.Relay r ? r.address() : rcpt;
            if (routes.containsKey(address)) {
                // Resolves to an address another recipient already has here (a mail user's or remote mailbox's
                // target): one copy for both, as a categorizer removes duplicate recipients.
                journal.merge(m.traceId(), rcpt, address);
            } else {
                if (!address.equals(rcpt)) {
                    journal.rewrite(m.traceId(), rcpt, address);
                }
                routes.put(address, route);
            }
        }
        Map<Leg, List<String>> byLeg = new LinkedHashMap<>();
        List<Failure> failures = new ArrayList<>();
        routes.forEach((address, route) -> {
            if (route instanceof Route.Deliver d) {
                deliverLocally(m, address, d.mailbox());
            } else if (route instanceof Route.Relay r) {
                byLeg.computeIfAbsent(new Leg(r.hop(), r.envelopeFrom().orElse(m.mailFrom())), h -> new ArrayList<>())
                        .add(address);
            } else if (route instanceof Route.Fail f) {
                failures.add(new Failure(address, f.outcome(), node.name(), f.code(), f.reason(), Optional.empty()));
            }
        });
        node.bouncer().fail(m, failures);
        byLeg.forEach((leg, rcpts) -> delivery.send(m, leg.mailFrom(), leg.hop(), rcpts));
    }

    /** The sender's own choice of first hop (a simulation's {@code connectTo}): the node's routing is skipped. */
    private Route direct(String host, String rcpt) {
        return new Route.Relay(rcpt, NextHop.direct(host, node.spec().certificate().map(c -> c.subject())),
                "the sender connects straight to " + host + ", ignoring MX (connectTo)");
    }

    /** Recipients travel together when they share the next hop and the envelope sender. */
    private record Leg(NextHop hop, String mailFrom) {
    }

    private void deliverLocally(QueuedMessage m, String rcpt, Mailbox mailbox) {
        if (mailbox.forwardTo().isEmpty() || mailbox.keepCopy()) {
            node.mailboxes().put(mailbox.address(), new DeliveredMessage(m.traceId(), m.mailFrom(), rcpt, m.content()));
        }
        if (mailbox.forwardTo().isEmpty()) {
            journal.end(m.traceId(), rcpt, EndState.delivered(node.name(), mailbox.address(), m.mailFrom()));
            return;
        }
        String target = mailbox.forwardTo().get();
        EndState kept = mailbox.keepCopy() ? EndState.delivered(node.name(), mailbox.address(), m.mailFrom())
                : new EndState(EndStateKind.DELIVERED, node.name(), Optional.empty(), Optional.of(mailbox.address()),
                "redirected to " + target + " by a forwarding rule; no copy kept", Optional.of(m.mailFrom()));
        journal.end(m.traceId(), rcpt, kept);
        forward(m, mailbox, target);
    }

    /**
     * The forwarded copy is a message of its own, with the envelope sender the node's policy gives it: Exchange
     * Server keeps the original one, which is exactly why relaying it through Exchange Online needs a
     * certificate-identified connector (NOTICE); Exchange Online rewrites it with SRS, or refuses an external
     * forward its outbound spam policy does not allow (FWD, rule 27).
     */
    private void forward(QueuedMessage m, Mailbox mailbox, String target) {
        String name = journal.nameOf(m.traceId()).orElse(m.traceId()) + " / forward to " + target;
        String sender = m.mailFrom().isEmpty() ? "" : node.policy().forwardSender(mailbox, m.mailFrom(), target);
        String id = journal.open(name, MessageKind.FORWARD, Optional.of(m.traceId()), node.name(), sender,
                List.of(target));
        RawMessage copy = m.content().replace(Node.TRACE_HEADER, Node.TRACE_HEADER + ": " + id);
        boolean onPrem = node.policy().originatingFromOnPremises(m.provenance());
        QueuedMessage forwarded = new QueuedMessage(node.nextQueueId(), id, sender, List.of(target), copy,
                new Provenance.Submitted(onPrem));
        if (copy.headers(DELIVERED_TO).contains(mailbox.address())) {
            // This mailbox forwarded the message before: a forwarding loop, which would never end on one node (no
            // hop adds a Received header). Stopped as Postfix's local(8) stops it, by Delivered-To [RFC 9228].
            node.bouncer().fail(forwarded, List.of(new Failure(target, EndStateKind.LOOPED, node.name(),
                    "554 5.4.6 mail forwarding loop for " + mailbox.address(), "the forwarding rule of "
                    + mailbox.address() + " already forwarded this message (Delivered-To)", Optional.empty())));
            return;
        }
        copy = copy.prepend(DELIVERED_TO + ": " + mailbox.address());
        Optional<Verdict.Refuse> refused = node.policy().refuseForward(mailbox, target);
        if (refused.isPresent()) {
            node.bouncer().fail(forwarded, List.of(new Failure(target, EndStateKind.BOUNCED, node.name(),
                    refused.get().reply(), refused.get().reason(), Optional.empty())));
            return;
        }
        node.submit(id, sender, List.of(target), copy, forwarded.provenance());
    }
}
