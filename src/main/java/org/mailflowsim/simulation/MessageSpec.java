package org.mailflowsim.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.SourceRef;

/**
 * One test message: who sends it (envelope and header From, {@code ""} for a null reverse-path), to whom,
 * at which node it is submitted ({@code at}; default: the node with the sender's mailbox), what must happen
 * to it, and when it is submitted ({@code sendAt}, simulated time since the start of the run).
 */
public record MessageSpec(String name, String from, List<String> to, Optional<String> at,
                          Optional<String> subject, Optional<String> body, Expectation expect, Duration sendAt,
                          SourceRef source) {
    public MessageSpec {
        from = from.toLowerCase(java.util.Locale.ROOT);
        to = to.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
