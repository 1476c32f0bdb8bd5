package org.mailflowsim.policy;

import java.util.Optional;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.trace.EndStateKind;

/** What a node does with one accepted recipient. */
public sealed interface Route {
    String reason();

    /** Put it in a local mailbox (whose forwarding rule, if any, the node then applies). */
    record Deliver(Mailbox mailbox, String reason) implements Route {
    }

    /**
     * Send it on to {@code hop}, addressed as {@code address} (a routing or target address may replace it), with
     * the envelope sender {@code envelopeFrom} when the node rewrites it (SRS), else the message's own.
     */
    record Relay(String address, NextHop hop, Optional<String> envelopeFrom, String reason) implements Route {
        public Relay(String address, NextHop hop, String reason) {
            this(address, hop, Optional.empty(), reason);
        }

        public Relay withEnvelopeFrom(String sender, String why) {
            return new Relay(address, hop, Optional.of(sender), reason + "; " + why);
        }
    }

    /** Give up on it at this node with a status code. */
    record Fail(EndStateKind outcome, String code, String reason) implements Route {
    }
}
