package org.mailflowsim.simulation;

import java.time.Duration;
import java.util.Optional;
import org.mailflowsim.topology.SourceRef;

/**
 * A fault of one node during an interval of simulated time, {@code from} (inclusive) to {@code until}
 * (exclusive; always after {@code from}). {@code delay} is present exactly for {@link FaultKind#SLOW};
 * {@code reply} (a 4xx SMTP reply) only for {@link FaultKind#DOWN} and {@link FaultKind#TEMPFAIL}.
 */
public record Fault(String node, FaultKind kind, Duration from, Duration until, Optional<Duration> delay,
                    Optional<String> reply, SourceRef source) {

    /** Whether the fault is in force at simulated time {@code t}. */
    public boolean activeAt(Duration t) {
        return t.compareTo(from) >= 0 && t.compareTo(until) < 0;
    }
}
