package org.mailflowsim.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.SourceRef;

/**
 * One test message: who sends it (envelope and header From, {@code ""} for a null reverse-path), to whom,
 * at which node it is submitted ({@code at}; default: the node with the sender's mailbox), what must happen
 * to it, and when it is submitted ({@code sendAt}, simulated time since the start of the run). {@code connectTo} is
 * a host name the submitting node connects to for the first hop instead of following MX (a spammer or a
 * misconfigured sender going straight to a tenant's EOP host).
 */
public record MessageSpec(String name, String from, List<String> to, Optional<String> at,
                          Optional<String> subject, Optional<String> body, Expectation expect, Duration sendAt,
                          Optional<String> connectTo, SourceRef source) {
    public MessageSpec {
        from = from.toLowerCase(java.util.Locale.ROOT);
        to = to.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList();
        connectTo = connectTo.map(h -> h.toLowerCase(java.util.Locale.ROOT));
    }

    /** A message that follows MX (no {@code connectTo}). */
    public MessageSpec(String name, String from, List<String> to, Optional<String> at, Optional<String> subject,
                       Optional<String> body, Expectation expect, Duration sendAt, SourceRef source) {
        this(name, from, to, at, subject, body, expect, sendAt, Optional.empty(), source);
    }
}
