package org.mailflowsim.trace;

import java.util.Optional;

/**
 * How one recipient ended: where ({@code node}), with which SMTP reply or status ({@code code}, e.g.
 * {@code 550 5.7.64 TenantAttribution; Relay Access Denied}), in which mailbox when delivered, why in words, and
 * for a delivered copy the envelope sender it arrived with ({@code envelopeFrom}; {@code ""} for the null
 * reverse-path; empty when not recorded).
 */
public record EndState(EndStateKind kind, String node, Optional<String> code, Optional<String> mailbox,
                       String reason, Optional<String> envelopeFrom) {

    /** Delivered, without recording the envelope sender. */
    public static EndState delivered(String node, String mailbox) {
        return new EndState(EndStateKind.DELIVERED, node, Optional.empty(), Optional.of(mailbox),
                "delivered to mailbox " + mailbox, Optional.empty());
    }

    /** Delivered; {@code envelopeFrom} is the MAIL FROM the copy arrived with ({@code ""} = null reverse-path). */
    public static EndState delivered(String node, String mailbox, String envelopeFrom) {
        return new EndState(EndStateKind.DELIVERED, node, Optional.empty(), Optional.of(mailbox),
                "delivered to mailbox " + mailbox, Optional.of(envelopeFrom));
    }

    public static EndState withCode(EndStateKind kind, String node, String code, String reason) {
        return new EndState(kind, node, Optional.of(code), Optional.empty(), reason, Optional.empty());
    }

    /** The enhanced status code (e.g. {@code 5.7.64}) inside {@link #code}, if it has one. */
    public Optional<String> enhancedCode() {
        return code.flatMap(SmtpReplies::enhancedCode);
    }
}
