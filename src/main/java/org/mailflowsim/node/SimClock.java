package org.mailflowsim.node;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time. It stands still while nodes work and jumps forward only when the whole lab is idle and a retry
 * or fault boundary is due (design.md §3 "Time"), so a two-day retry schedule runs in milliseconds. Received
 * headers, DSN dates and SRS timestamps all read this clock, so runs are reproducible.
 */
public final class SimClock extends Clock {
    /** Where every simulation starts: a fixed instant, so traces and dates do not depend on the day of the run. */
    public static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

    private volatile Instant now;

    public SimClock() {
        this(EPOCH);
    }

    public SimClock(Instant start) {
        this.now = start;
    }

    /** Time since the simulation began. */
    public Duration elapsed() {
        return Duration.between(EPOCH, now);
    }

    synchronized void advanceTo(Instant t) {
        if (t.isAfter(now)) {
            now = t;
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("simulated time is UTC");
    }
}
