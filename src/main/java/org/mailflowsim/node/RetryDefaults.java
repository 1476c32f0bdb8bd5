package org.mailflowsim.node;

import java.time.Duration;
import java.util.List;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.RetryPolicy;
import org.mailflowsim.topology.Role;

/**
 * How long each role keeps a temporarily undeliverable message and what it says when it gives up. A topology
 * may override the schedule per node ({@code retry:}); the expiry replies are the roles' own.
 */
final class RetryDefaults {
    private RetryDefaults() {
    }

    /**
     * Exchange Server: TransientFailureRetryCount 6 at TransientFailureRetryInterval 5 min, then
     * MessageRetryInterval 15 min, MessageExpirationTimeout 2 days (the Set-TransportService defaults).
     */
    static final RetryPolicy EXCHANGE_SERVER = new RetryPolicy(List.of(m(5), m(5), m(5), m(5), m(5), m(5), m(15)),
            Duration.ofDays(2));
    /** Exchange Online: retries for a day (the length is an assumption; domain.md names only the 5.4.300 NDR). */
    static final RetryPolicy EXCHANGE_ONLINE = new RetryPolicy(List.of(m(5), m(15)), Duration.ofDays(1));
    /** Postfix defaults: backoff from minimal_backoff_time 300 s doubling to maximal_backoff_time 4000 s, 5 days. */
    static final RetryPolicy POSTFIX = new RetryPolicy(List.of(m(5), m(10), m(20), m(40), Duration.ofSeconds(4000)),
            Duration.ofDays(5));

    static RetryPolicy of(NodeSpec node) {
        return node.retry().orElse(switch (node.role()) {
            case EXCHANGE_SERVER -> EXCHANGE_SERVER;
            case EXCHANGE_ONLINE -> EXCHANGE_ONLINE;
            case INTERNET, THIRD_PARTY_FILTER -> POSTFIX;
        });
    }

    /** The reply a node puts in the NDR when a message's lifetime runs out. */
    static String expiryReply(Role role) {
        return switch (role) {
            case EXCHANGE_SERVER -> "550 4.4.7 QUEUE.Expired; message expired";
            case EXCHANGE_ONLINE -> "550 5.4.300 Message expired";
            case INTERNET, THIRD_PARTY_FILTER -> "550 5.4.7 Delivery time expired";
        };
    }

    private static Duration m(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
