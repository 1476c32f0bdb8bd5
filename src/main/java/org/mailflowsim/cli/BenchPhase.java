package org.mailflowsim.cli;

import static org.mailflowsim.cli.BenchFormat.ms;

import java.util.Arrays;
import java.util.concurrent.Semaphore;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;

/** One phase's measurements: start time and latency per message, hops and end states. */
final class BenchPhase {
    final String label;
    final String prefix;
    final long[] starts;
    final long[] latencies;
    final int concurrency;
    final Semaphore permits;
    final long[] byKind = new long[EndStateKind.values().length];
    long begin;
    long end;
    long cpuBegin;
    long cpuEnd;
    int sent;
    long ended;
    long hops;
    boolean stalled;

    BenchPhase(String label, int n, int concurrency) {
        this.label = label;
        this.prefix = label + "-";
        this.starts = new long[n];
        this.latencies = new long[n];
        this.concurrency = concurrency;
        this.permits = new Semaphore(concurrency);
    }

    /** Called by the recorder under its lock. */
    void ended(int index, EndState state, int messageHops, long now) {
        latencies[index] = now - starts[index];
        byKind[state.kind().ordinal()]++;
        hops += Math.max(0, messageHops);
        ended++;
        permits.release();
    }

    double seconds() {
        return Math.max(1, end - begin) / 1e9;
    }

    /** Nearest-rank percentile of the ended messages' latencies, in nanoseconds (100 = max). */
    long percentile(double pct) {
        long[] done;
        synchronized (this) {
            done = Arrays.copyOf(latencies, sent);
        }
        if (done.length == 0) {
            return 0;
        }
        Arrays.sort(done);
        int rank = (int) Math.ceil(pct / 100.0 * done.length);
        return done[Math.max(0, Math.min(done.length - 1, rank - 1))];
    }

    String summary() {
        return sent + " messages, concurrency " + concurrency + ", " + ms(end - begin) + " ms"
                + (sent == 0 ? "" : ", p50 " + ms(percentile(50)) + " ms")
                + (stalled ? " (STALLED, " + ended + " ended)" : "");
    }
}
