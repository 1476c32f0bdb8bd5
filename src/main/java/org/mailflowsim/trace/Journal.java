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
 */
public final class Journal {
    private final Map<String, MessageLog> messages = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private int inFlight;

    /** Registers a message (injected or derived) and returns its id. */
    public synchronized String open(String name, MessageKind kind, Optional<String> causeId, String origin,
                                    String sender, List<String> recipients) {
        String id = "m" + ids.incrementAndGet();
        messages.put(id, new MessageLog(id, name, kind, causeId, origin, sender, recipients));
        notifyAll();
        return id;
    }

    public synchronized Optional<String> nameOf(String id) {
        return Optional.ofNullable(messages.get(id)).map(m -> m.name);
    }

    public synchronized void hop(String id, Hop hop) {
        log(id).hops.add(hop);
    }

    /**
     * Keeps a place for a hop whose receiver has accepted the message, before the receiver moves it on: the
     * sender fills it in when it has read the reply, so hops stay in causal order whatever the thread timing.
     */
    public synchronized int reserveHop(String id) {
        List<Hop> hops = log(id).hops;
        hops.add(null);
        return hops.size() - 1;
    }

    public synchronized void fillHop(String id, int slot, Hop hop) {
        log(id).hops.set(slot, hop);
    }

    /** A node addresses a recipient by another address from now on (routing address, target address). */
    public synchronized void rewrite(String id, String from, String to) {
        log(id).rewrite(from, to);
    }

    /**
     * A node resolved recipient {@code from} to an address ({@code into}) another recipient of the message already
     * has there, and keeps one copy for both (as a categorizer removes duplicate recipients): that copy's end is
     * theirs too.
     */
    public synchronized void merge(String id, String from, String into) {
        log(id).merge(from, into);
    }

    /** A recipient (by any address it had on the way) reached its end. */
    public synchronized void end(String id, String address, EndState state) {
        log(id).end(address, state);
        notifyAll();
    }

    /** A node queued a message: the run is not quiet until the node has dealt with it. */
    public synchronized void begin() {
        inFlight++;
    }

    public synchronized void finish() {
        inFlight--;
        notifyAll();
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    /** Whether nothing is queued and every recipient of every message has an end state. */
    public synchronized boolean quiescent() {
        return inFlight == 0 && messages.values().stream().allMatch(MessageLog::complete);
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

    private MessageLog log(String id) {
        MessageLog m = messages.get(id);
        if (m == null) {
            throw new IllegalArgumentException("unknown message id " + id);
        }
        return m;
    }
}
