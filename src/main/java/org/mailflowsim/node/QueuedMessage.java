package org.mailflowsim.node;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.policy.Provenance;

/**
 * A message a node has taken responsibility for, waiting for its worker to route and deliver it. {@code connectTo}
 * is a host its sender told it to connect to, ignoring MX (a simulation's direct-to-host message).
 */
record QueuedMessage(String queueId, String traceId, String mailFrom, List<String> recipients, RawMessage content,
                     Provenance provenance, Optional<String> connectTo) {
    QueuedMessage {
        recipients = List.copyOf(recipients);
    }

    QueuedMessage(String queueId, String traceId, String mailFrom, List<String> recipients, RawMessage content,
                  Provenance provenance) {
        this(queueId, traceId, mailFrom, recipients, content, provenance, Optional.empty());
    }
}
