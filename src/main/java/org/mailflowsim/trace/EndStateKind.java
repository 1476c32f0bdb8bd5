package org.mailflowsim.trace;

/**
 * The closed set of ways one recipient of one message can end. Every recipient of every injected or derived
 * message reaches exactly one of them (the conservation rule).
 */
public enum EndStateKind {
    /** In a mailbox: {@code node} and {@code mailbox} say where. */
    DELIVERED,
    /** Refused by a receiving node with an SMTP reply: {@code node} is the refusing node, {@code code} its reply. */
    REJECTED,
    /** Failed after acceptance and an NDR went back to the sender. */
    BOUNCED,
    /** Given up without a notification (e.g. a failed message with a null reverse-path), with the reason. */
    DROPPED,
    /** Refused as a mail loop (hop count exceeded). */
    LOOPED,
    /** Retried until its lifetime ran out. */
    EXPIRED,
    /** Temporarily refused and still waiting for a retry when the run ended. */
    DEFERRED,
    /**
     * Accepted by {@code node} (250), then held in its quarantine as spam: not delivered, no NDR (EOP's action for
     * high-confidence spam). {@code reason} says why.
     */
    QUARANTINED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
