package org.mailflowsim.node;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.policy.NextHop;
import org.mailflowsim.topology.RetryPolicy;
import org.mailflowsim.topology.load.Formats;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;

/**
 * A node's deferred deliveries: each leg that met a temporary failure waits on the simulation clock for its
 * next attempt, per the node's retry schedule, until it gets through or its lifetime runs out (then it expires
 * and bounces). Whatever is still waiting when the run reaches its horizon ends {@code deferred}.
 */
final class RetryQueue {
    /** One deferred leg: a message's recipients for one next hop and envelope sender. */
    record Leg(QueuedMessage message, String mailFrom, NextHop hop, List<String> recipients, Instant firstFailure,
               int attempts, String lastReply, String lastReason) {
    }

    private final Node node;
    private final RetryPolicy policy;
    private final Set<Leg> waiting = new LinkedHashSet<>();

    RetryQueue(Node node) {
        this.node = node;
        this.policy = RetryDefaults.of(node.spec());
    }

    /** A temporary failure of a first attempt ({@code previous} empty) or of a retry. */
    void defer(QueuedMessage m, String mailFrom, NextHop hop, List<String> rcpts, String reply, String reason,
               Optional<Leg> previous) {
        Instant now = node.clock().instant();
        Instant first = previous.map(Leg::firstFailure).orElse(now);
        int attempts = previous.map(Leg::attempts).orElse(0) + 1;
        Duration wait = policy.interval(attempts);
        if (now.plus(wait).isAfter(first.plus(policy.lifetime()))) {
            expire(m, rcpts, reply, reason, attempts);
            return;
        }
        Leg leg = new Leg(m, mailFrom, hop, List.copyOf(rcpts), first, attempts, reply, reason);
        synchronized (this) {
            waiting.add(leg);
        }
        node.scheduler().at(now.plus(wait), () -> retry(leg));
    }

    private void retry(Leg leg) {
        synchronized (this) {
            if (!waiting.remove(leg)) {
                return;
            }
        }
        node.retry(leg);
    }

    private void expire(QueuedMessage m, List<String> rcpts, String reply, String reason, int attempts) {
        String expired = RetryDefaults.expiryReply(node.spec().role());
        String why = "gave up after " + attempts + " attempt(s) over " + Formats.durationText(policy.lifetime())
                + " (the node's retry lifetime); last reply: " + reply + " — " + reason;
        node.bouncer().fail(m, rcpts.stream().map(r -> new Failure(r, EndStateKind.EXPIRED, node.name(), expired,
                why, Optional.empty())).toList());
    }

    /** The run reached its horizon: every leg still waiting ends deferred, with its last reply. */
    synchronized List<Leg> drainAtHorizon() {
        List<Leg> out = new ArrayList<>(waiting);
        waiting.clear();
        return out;
    }

    static EndState deferredAtHorizon(Leg leg, String node) {
        return EndState.withCode(EndStateKind.DEFERRED, node, leg.lastReply(), "still queued for retry when the run "
                + "reached its horizon, after " + leg.attempts() + " attempt(s): " + leg.lastReason());
    }
}
