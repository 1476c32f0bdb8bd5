package org.mailflowsim.node;

import java.time.Duration;
import java.util.Optional;

/**
 * Which fault, if any, a node suffers at a moment of simulated time (a simulation declares them). A down node
 * refuses connections at the greeting, a failing one answers 4xx at MAIL FROM, a slow one holds what it accepts
 * for {@code delay} before handling it.
 */
@FunctionalInterface
public interface FaultPlan {
    FaultPlan NONE = (node, elapsed) -> Optional.empty();

    Optional<NodeFault> active(String node, Duration elapsed);

    /** A fault in force: its kind, the 4xx reply to give (DOWN, TEMPFAIL) and the holding time (SLOW). */
    record NodeFault(Kind kind, Optional<String> reply, Optional<Duration> delay) {
        public enum Kind { DOWN, TEMPFAIL, SLOW }

        /** The SMTP reply this fault gives: the simulation's own, or the kind's usual one. */
        String fullReply() {
            return reply.orElse(kind == Kind.DOWN ? "421 4.3.2 Service not available, closing transmission channel"
                    : "451 4.3.0 Temporary server error. Please try again later");
        }

        int code() {
            return Integer.parseInt(fullReply().substring(0, 3));
        }

        /** The reply without its basic code. */
        String text() {
            return fullReply().substring(4);
        }
    }
}
