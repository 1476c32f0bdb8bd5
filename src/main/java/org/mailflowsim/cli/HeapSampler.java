package org.mailflowsim.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples used heap ({@code Runtime}) on a small daemon thread and keeps the maximum. */
final class HeapSampler {
    static final int PERIOD_MS = 5;
    private final Runtime runtime = Runtime.getRuntime();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-heap-sampler");
        t.setDaemon(true);
        return t;
    });

    HeapSampler() {
        timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        long used = runtime.totalMemory() - runtime.freeMemory();
        peak.accumulateAndGet(used, Math::max);
    }

    void reset() {
        peak.set(0);
        sample();
    }

    long peak() {
        sample();
        return peak.get();
    }

    void stop() {
        timer.shutdownNow();
    }

    /** Used heap after asking for a full collection: what the run still holds on to. */
    static long liveAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
