package org.mailflowsim.node;

import java.util.List;
import org.mailflowsim.policy.Provenance;

/** A message a node has taken responsibility for, waiting for its worker to route and deliver it. */
record QueuedMessage(String queueId, String traceId, String mailFrom, List<String> recipients, RawMessage content,
                     Provenance provenance) {
    QueuedMessage {
        recipients = List.copyOf(recipients);
    }
}
