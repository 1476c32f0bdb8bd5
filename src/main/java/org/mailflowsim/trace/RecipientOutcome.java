package org.mailflowsim.trace;

import java.util.List;

/** One recipient as the message was addressed to it, the nodes its copy went through, and how it ended. */
public record RecipientOutcome(String address, List<String> path, EndState state) {
    public RecipientOutcome {
        path = List.copyOf(path);
    }
}
