package org.mailflowsim.trace;

import java.util.List;
import java.util.Optional;

/**
 * Everything that happened to one message: where it was submitted, each hop in order, the path (node names in
 * hop order, a node appearing again when the message comes back to it), and the end state of each recipient. A derived message (forward, NDR) names the
 * message that caused it in {@code causeId}.
 */
public record MessageTrace(String id, String name, MessageKind kind, Optional<String> causeId, String origin,
                           String sender, List<Hop> hops, List<String> path, List<RecipientOutcome> recipients) {
    public MessageTrace {
        hops = List.copyOf(hops);
        path = List.copyOf(path);
        recipients = List.copyOf(recipients);
    }
}
