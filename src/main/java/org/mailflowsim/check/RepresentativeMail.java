package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.policy.Addresses;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.Topology;

/**
 * The recipients and senders the static checks try: every address the topology names (forwarding targets too),
 * plus one address nobody hosts in each accepted domain (the case that loops in a shared namespace, LOOPDOC); mail
 * from an internet organisation and from a user of each Exchange node.
 */
final class RepresentativeMail {
    static final String UNHOSTED_LOCAL_PART = "nobody";

    private RepresentativeMail() {
    }

    static List<String> recipients(Topology topology) {
        Set<String> out = new LinkedHashSet<>();
        topology.nodes().forEach(n -> out.addAll(n.recipientAddresses()));
        // Forwarding targets: a forwarded copy is routed like any mail from the forwarding node (KB3194415).
        topology.nodes().forEach(n -> n.mailboxes().forEach(m -> m.forwardTo().ifPresent(out::add)));
        for (NodeSpec n : topology.nodes()) {
            n.acceptedDomains().stream().map(AcceptedDomain::domain).map(d -> UNHOSTED_LOCAL_PART + "@" + d)
                    .forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** Where mail for {@code recipient} starts: from the internet, and from each Exchange node's users. */
    static List<WalkStart> starts(Topology topology, RouteWalker walker, String recipient) {
        List<WalkStart> starts = new ArrayList<>();
        fromInternet(topology, walker, recipient).ifPresent(starts::add);
        topology.nodes().stream()
                .filter(n -> n.role() == Role.EXCHANGE_ONLINE || n.role() == Role.EXCHANGE_SERVER)
                .map(WalkStart::submittedAt).forEach(starts::add);
        return starts;
    }

    /**
     * An internet organisation of the topology that is not the recipient's own; without one, an anonymous sender
     * outside the topology handing the mail to the node the recipient domain's MX resolves to.
     */
    private static Optional<WalkStart> fromInternet(Topology topology, RouteWalker walker, String recipient) {
        String domain = Addresses.domainOf(recipient);
        Optional<NodeSpec> internet = topology.nodes().stream()
                .filter(n -> n.role() == Role.INTERNET && !n.accepts(domain)).findFirst();
        if (internet.isPresent()) {
            return internet.map(WalkStart::submittedAt);
        }
        return walker.nodeFor(walker.context().dns().mailHosts(domain)).map(WalkStart::fromOutsideAt);
    }

    /** The envelope sender of mail from {@code start}: one of its node's users, or an outside address. */
    static String sender(WalkStart start) {
        if (start.provenance() instanceof org.mailflowsim.policy.Provenance.Received) {
            return "someone@outside.example";
        }
        NodeSpec n = start.node();
        return n.mailboxes().stream().map(Mailbox::address).findFirst()
                .or(() -> n.acceptedDomains().stream().map(d -> "postmaster@" + d.domain()).findFirst())
                .orElse("postmaster@" + n.hostname());
    }
}
