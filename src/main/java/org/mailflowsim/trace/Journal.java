package org.mailflowsim.trace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The record of a run that every node writes to: messages, hops, address rewrites and end states, plus the
 * count of messages still queued somewhere. Thread-safe; nodes only append. Traces are built from it on demand.
 *
 * <p>By default it keeps every message. A journal made with {@code keepCompleted = false} (long benchmark runs)
 * forgets a message as soon as each of its recipients has an end state, so its memory stays bounded by the
 * messages in flight; {@link #traces()} and {@link #unaccounted()} then only see unfinished messages, and late
 * events for a forgotten message (a hop filled in after the receiver already delivered it) are dropped.
 */
public final class Journal {
    /**
     * Told of every end state as it is recorded, on the recording node's thread and outside the journal's lock.
     * Must be quick and thread-safe. {@code name} is null, and {@code hops} -1, when the message was forgotten.
     * {@code hops} counts the hops recorded (or reserved by a receiver) for the message so far.
     */
    @FunctionalInterface
    public interface Listener {
        void ended(String id, String name, String address, EndState state, int hops);
    }

    private final Map<String, MessageLog> messages = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Listener listener;
    private final boolean keepCompleted;
    private int inFlight;
    /** Messages kept that still have a recipient without an end state. */
    private int incomplete;

    public Journal() {
        this(null, true);
    }

    /** A journal that reports end states to {@code listener} (may be null) and keeps or forgets finished messages. */
    public Journal(Listener listener, boolean keepCompleted) {
        this.listener = listener;
        this.keepCompleted = keepCompleted;
    }

    /** Registers a message (injected or derived) and returns its id. */
    public String open(String name, MessageKind kind, Optional<String> causeId, String origin,
                       String sender, List<String> recipients) {
        String id = "m" + ids.incrementAndGet();
        MessageLog log = new MessageLog(id, name, kind, causeId, origin, sender, recipients);
        synchronized (this) {
            messages.put(id, log);
            if (!log.complete()) {
                incomplete++;
            } else if (!keepCompleted) {
                messages.remove(id);
            }
        }
        return id;
    }

    public synchronized Optional<String> nameOf(String id) {
        return Optional.ofNullable(messages.get(id)).map(m -> m.name);
    }

    public synchronized void hop(String id, Hop hop) {
        MessageLog m = log(id);
        if (m != null) {
            m.hops.add(hop);
        }
    }

    /**
     * Keeps a place for a hop whose receiver has accepted the message, before the receiver moves it on: the
     * sender fills it in when it has read the reply, so hops stay in causal order whatever the thread timing.
     * Returns -1 for a message this journal has already forgotten.
     */
    public synchronized int reserveHop(String id) {
        MessageLog m = log(id);
        if (m == null) {
            return -1;
        }
        m.hops.add(null);
        return m.hops.size() - 1;
    }

    public synchronized void fillHop(String id, int slot, Hop hop) {
        MessageLog m = log(id);
        if (m != null && slot >= 0) {
            m.hops.set(slot, hop);
        }
    }

    /** A node addresses a recipient by another address from now on (routing address, target address). */
    public synchronized void rewrite(String id, String from, String to) {
        MessageLog m = log(id);
        if (m != null) {
            m.rewrite(from, to);
        }
    }

    /**
     * A node resolved recipient {@code from} to an address ({@code into}) another recipient of the message already
     * has there, and keeps one copy for both (as a categorizer removes duplicate recipients): that copy's end is
     * theirs too.
     */
    public synchronized void merge(String id, String from, String into) {
        MessageLog m = log(id);
        if (m != null) {
            m.merge(from, into);
        }
    }

    /** A recipient (by any address it had on the way) reached its end. */
    public void end(String id, String address, EndState state) {
        String name = null;
        int hops = -1;
        synchronized (this) {
            MessageLog m = log(id);
            if (m != null) {
                boolean wasComplete = m.complete();
                m.end(address, state);
                if (!wasComplete && m.complete()) {
                    incomplete--;
                    if (!keepCompleted) {
                        messages.remove(id);
                    }
                }
                name = m.name;
                hops = m.hops.size();
            }
            if (quiescent()) {
                notifyAll();
            }
        }
        if (listener != null) {
            listener.ended(id, name, address, state, hops);
        }
    }

    /** A node queued a message: the run is not quiet until the node has dealt with it. */
    public synchronized void begin() {
        inFlight++;
    }

    public synchronized void finish() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll(); // wakes both kinds of waiters: for idle (the clock may move) and for quiescence
        }
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    /** Whether nothing is queued and every recipient of every message has an end state. */
    public synchronized boolean quiescent() {
        return inFlight == 0 && incomplete == 0;
    }

    /** Whether no node is handling anything right now (work may still wait on the simulation clock). */
    public synchronized boolean idle() {
        return inFlight == 0;
    }

    /** Waits until {@link #idle()} or the timeout; returns whether it became idle. */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight != 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Waits until {@link #quiescent()} or the timeout; returns whether it became quiescent. */
    public synchronized boolean awaitQuiescence(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!quiescent()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    public synchronized List<MessageTrace> traces() {
        return messages.values().stream().map(MessageLog::toTrace).toList();
    }

    /** Messages with a recipient that has no end state, or more than one: breaches of conservation. */
    public synchronized List<String> unaccounted() {
        List<String> out = new ArrayList<>();
        for (MessageLog m : messages.values()) {
            for (String r : m.recipients) {
                int n = m.endsOf(r).size();
                if (n != 1) {
                    out.add("message '" + m.name + "' recipient " + r + (n == 0 ? " has no end state"
                            : " has " + n + " end states"));
                }
            }
        }
        return out;
    }

    /** The message's log; null only for a message a forgetting journal has dropped. */
    private MessageLog log(String id) {
        MessageLog m = messages.get(id);
        if (m == null && (keepCompleted || !issued(id))) {
            throw new IllegalArgumentException("unknown message id " + id);
        }
        return m;
    }

    private boolean issued(String id) {
        try {
            long n = id.startsWith("m") ? Long.parseLong(id, 1, id.length(), 10) : 0;
            return n > 0 && n <= ids.get();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
