package org.mailflowsim.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Work waiting for a moment of simulated time: deferred deliveries to retry, messages to submit later. The
 * runner asks for the next moment only when the lab is idle, moves the clock there, and releases what is due.
 */
public final class Scheduler {
    private record Task(Instant at, long order, Runnable work) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));
    private long order;

    public synchronized void at(Instant when, Runnable work) {
        tasks.add(new Task(when, order++, work));
    }

    public synchronized Optional<Instant> next() {
        return Optional.ofNullable(tasks.peek()).map(Task::at);
    }

    /** Removes and returns, in order, the work due at or before {@code now}. */
    synchronized List<Runnable> due(Instant now) {
        List<Runnable> out = new ArrayList<>();
        while (!tasks.isEmpty() && !tasks.peek().at.isAfter(now)) {
            out.add(tasks.poll().work);
        }
        return out;
    }

    /** Drops everything still waiting (the run reached its horizon); returns how many tasks there were. */
    synchronized int clear() {
        int n = tasks.size();
        tasks.clear();
        return n;
    }
}
