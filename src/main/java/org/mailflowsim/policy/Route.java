package org.mailflowsim.policy;

import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.trace.EndStateKind;

/** What a node does with one accepted recipient. */
public sealed interface Route {
    String reason();

    /** Put it in a local mailbox (whose forwarding rule, if any, the node then applies). */
    record Deliver(Mailbox mailbox, String reason) implements Route {
    }

    /** Send it on to {@code hop}, addressed as {@code address} (a routing or target address may replace it). */
    record Relay(String address, NextHop hop, String reason) implements Route {
    }

    /** Give up on it at this node with a status code. */
    record Fail(EndStateKind outcome, String code, String reason) implements Route {
    }
}
