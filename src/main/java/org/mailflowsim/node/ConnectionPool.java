package org.mailflowsim.node;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Idle SMTP connections of one node, by peer and TLS demands. Reusing them is what makes a hop cost well under
 * a millisecond instead of a fresh TCP and TLS handshake (libraries.md §7). At most {@link #MAX_IDLE} idle per key.
 */
final class ConnectionPool implements AutoCloseable {
    static final int MAX_IDLE = 8;

    interface Opener {
        SmtpConnection open() throws MessagingException;
    }

    private final Map<PoolKey, Deque<SmtpConnection>> idle = new HashMap<>();
    private final AtomicLong opened = new AtomicLong();
    private boolean closed;

    SmtpConnection borrow(PoolKey key, Opener opener) throws MessagingException {
        synchronized (this) {
            Deque<SmtpConnection> q = idle.get(key);
            if (q != null && !q.isEmpty()) {
                return q.pollFirst();
            }
        }
        SmtpConnection c = opener.open();
        opened.incrementAndGet();
        return c;
    }

    /** How many connections this pool has opened so far (reuse shows as few opens for many hops). */
    long opened() {
        return opened.get();
    }

    void giveBack(PoolKey key, SmtpConnection c) {
        synchronized (this) {
            Deque<SmtpConnection> q = idle.computeIfAbsent(key, k -> new ArrayDeque<>());
            if (!closed && q.size() < MAX_IDLE) {
                q.addFirst(c);
                return;
            }
        }
        c.close();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.values().forEach(q -> q.forEach(SmtpConnection::close));
            idle.clear();
        }
    }
}
