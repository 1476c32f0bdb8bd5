package org.mailflowsim.simulation;

import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;

/** Where a test message is submitted: the node named by {@code at}, else the node holding the sender's mailbox. */
final class SubmissionNode {
    private SubmissionNode() {
    }

    static String of(MessageSpec m, Topology topology) {
        if (m.at().isPresent()) {
            return m.at().get();
        }
        return topology.nodes().stream().filter(n -> holds(n, m.from())).map(NodeSpec::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(m.source() + ": message '" + m.name()
                        + "' names no `at` node and no node has a mailbox " + m.from()));
    }

    private static boolean holds(NodeSpec n, String address) {
        return n.mailboxes().stream().anyMatch(b -> b.answersTo(address));
    }
}
