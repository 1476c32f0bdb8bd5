package org.mailflowsim.node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages a node put into its mailboxes, so tests and reports can read what arrived (envelope sender,
 * Received chain). Only the last {@link #KEEP} per mailbox are kept: long runs stay bounded in memory.
 */
final class MailboxStore {
    static final int KEEP = 16;

    private final Map<String, Deque<DeliveredMessage>> boxes = new ConcurrentHashMap<>();

    void put(String mailbox, DeliveredMessage m) {
        Deque<DeliveredMessage> box = boxes.computeIfAbsent(mailbox, k -> new ArrayDeque<>());
        synchronized (box) {
            if (box.size() == KEEP) {
                box.pollFirst();
            }
            box.addLast(m);
        }
    }

    List<DeliveredMessage> contents(String mailbox) {
        Deque<DeliveredMessage> box = boxes.get(mailbox);
        if (box == null) {
            return List.of();
        }
        synchronized (box) {
            return List.copyOf(box);
        }
    }
}
