package org.mailflowsim.node;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one SMTP transaction as the client saw it: which recipients the server took, which it refused
 * with which reply, the final reply, and — when the conversation itself failed — why.
 */
record SendResult(List<String> accepted, Map<String, String> refused, String reply, Optional<String> broken) {
    SendResult {
        accepted = List.copyOf(accepted);
        refused = Map.copyOf(refused);
    }
}
