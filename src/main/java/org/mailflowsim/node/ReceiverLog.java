package org.mailflowsim.node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per TCP connection (keyed by the client's ip:port), the receiver's views of its transactions in order. The
 * sender, which knows its own socket's address, drains the view of the transaction it just finished: the
 * receiver's reasoning reaches the trace without any header or side channel in the SMTP conversation.
 */
final class ReceiverLog {
    private final ConcurrentHashMap<String, Deque<ReceiverView>> byConnection = new ConcurrentHashMap<>();

    void record(String clientKey, ReceiverView view) {
        byConnection.computeIfAbsent(clientKey, k -> new ArrayDeque<>());
        Deque<ReceiverView> q = byConnection.get(clientKey);
        synchronized (q) {
            q.addLast(view);
        }
    }

    Optional<ReceiverView> take(String clientKey) {
        Deque<ReceiverView> q = byConnection.get(clientKey);
        if (q == null) {
            return Optional.empty();
        }
        synchronized (q) {
            return Optional.ofNullable(q.pollFirst());
        }
    }

    void forget(String clientKey) {
        byConnection.remove(clientKey);
    }
}
