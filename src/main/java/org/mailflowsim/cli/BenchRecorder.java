package org.mailflowsim.cli;

import java.util.concurrent.atomic.AtomicLongArray;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Journal;

/** The journal listener: routes each end state of a benchmark message to its phase. */
final class BenchRecorder implements Journal.Listener {
    volatile BenchPhase phase;
    /** End states of messages the bench did not inject (forwards, NDRs), by kind. */
    private final AtomicLongArray other = new AtomicLongArray(EndStateKind.values().length);

    long[] otherKinds() {
        long[] out = new long[other.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = other.get(i);
        }
        return out;
    }

    @Override
    public void ended(String id, String name, String address, EndState state, int hops) {
        long now = System.nanoTime();
        BenchPhase p = phase;
        if (p == null || name == null || !name.startsWith(p.prefix)) {
            other.incrementAndGet(state.kind().ordinal());
            return;
        }
        int index = Integer.parseInt(name, p.prefix.length(), name.length(), 10);
        synchronized (p) {
            p.ended(index, state, hops, now);
        }
    }
}
