package org.mailflowsim.topology;

import java.time.Duration;
import java.util.List;

/**
 * How a node retries a temporarily failed delivery: the waits between attempts ({@code intervals}, the last one
 * repeating) and how long it keeps trying before it gives up and bounces ({@code lifetime}). A node without one
 * uses the defaults of its role, which the runtime decides.
 */
public record RetryPolicy(List<Duration> intervals, Duration lifetime) {
    public RetryPolicy {
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("a retry policy needs at least one interval");
        }
    }

    /** The wait after the {@code n}th failed attempt (1-based); the last interval repeats. */
    public Duration interval(int n) {
        return intervals.get(Math.min(Math.max(n, 1), intervals.size()) - 1);
    }
}
