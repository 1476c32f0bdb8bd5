package org.mailflowsim.check;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mailflowsim.policy.Route;
import org.mailflowsim.topology.NodeSpec;

/**
 * Where a statically followed recipient went: the legs between nodes and how the walk ended. A leg's
 * {@code to} is empty when the next hop resolves to no node of the topology (the mail leaves it).
 */
record Walk(String recipient, List<Leg> legs, Ending ending, String detail) {
    enum Ending {
        /** Put in a mailbox. */
        DELIVERED,
        /** Bounced by a node's route (not found, no connector). */
        FAILED,
        /** Refused in SMTP by the next node (MAIL FROM or RCPT). */
        REFUSED,
        /** Sent to a host that is no node of the topology. */
        LEFT_TOPOLOGY,
        /** Came back to a node in a state it was in before: it would go round until a hop count fires. */
        CYCLE
    }

    /** One hop: {@code from} sends {@code address} to {@code to} as {@code relay} says. */
    record Leg(NodeSpec from, Optional<NodeSpec> to, String address, Route.Relay relay) {
    }

    Walk {
        legs = List.copyOf(legs);
    }

    /** The node names in order, e.g. {@code fabrikam -> exo -> onprem}. */
    String path(NodeSpec start) {
        String rest = legs.stream()
                .map(l -> l.to().map(NodeSpec::name).orElse(String.join("|", l.relay().hop().hosts())))
                .collect(Collectors.joining(" -> "));
        return rest.isEmpty() ? start.name() : start.name() + " -> " + rest;
    }

    Optional<Leg> lastLeg() {
        return legs.isEmpty() ? Optional.empty() : Optional.of(legs.get(legs.size() - 1));
    }
}
