package org.mailflowsim.trace;

import java.util.Optional;

/**
 * How one recipient ended: where ({@code node}), with which SMTP reply or status ({@code code}, e.g.
 * {@code 550 5.7.64 TenantAttribution; Relay Access Denied}), in which mailbox when delivered, and why in words.
 */
public record EndState(EndStateKind kind, String node, Optional<String> code, Optional<String> mailbox,
                       String reason) {

    public static EndState delivered(String node, String mailbox) {
        return new EndState(EndStateKind.DELIVERED, node, Optional.empty(), Optional.of(mailbox),
                "delivered to mailbox " + mailbox);
    }

    public static EndState withCode(EndStateKind kind, String node, String code, String reason) {
        return new EndState(kind, node, Optional.of(code), Optional.empty(), reason);
    }

    /** The enhanced status code (e.g. {@code 5.7.64}) inside {@link #code}, if it has one. */
    public Optional<String> enhancedCode() {
        return code.flatMap(SmtpReplies::enhancedCode);
    }
}
