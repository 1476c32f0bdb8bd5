package org.mailflowsim.check;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.policy.InboundConnectorMatcher;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.policy.SessionFacts;
import org.mailflowsim.topology.NodeSpec;

/** Where a static walk begins: a message submitted at a node by one of its users, or received from outside. */
record WalkStart(NodeSpec node, Provenance provenance, String origin) {
    /** An address from the documentation range (RFC 5737) standing for an internet sender that is no node. */
    static final String OUTSIDE_IP = "192.0.2.1";

    static WalkStart submittedAt(NodeSpec node) {
        return new WalkStart(node, Provenance.submitted(), "a user of " + node.name());
    }

    /** Mail from an internet sender outside the topology, arriving at {@code node} anonymously. */
    static WalkStart fromOutsideAt(NodeSpec node) {
        SessionFacts facts = new SessionFacts(com.google.common.net.InetAddresses.forString(OUTSIDE_IP), true,
                List.of(), "outside.example");
        Optional<org.mailflowsim.policy.ConnectorMatch> match =
                InboundConnectorMatcher.match(node.inboundConnectors(), facts);
        return new WalkStart(node, new Provenance.Received(facts, match), "an internet sender (at " + node.name() + ")");
    }
}
