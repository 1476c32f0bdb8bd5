package org.mailflowsim.dsn;

import java.util.List;
import java.util.Optional;

/**
 * What {@link DsnReader} found in an RFC 3464 DSN (domain.md §8). Typed values are stripped of their type
 * ({@code dns;}, {@code rfc822;}, {@code smtp;}) and unfolded: {@code reportingMta} is a host name,
 * {@code finalRecipient} an address, {@code diagnosticCode} the SMTP reply.
 */
public record DeliveryReport(String reportingMta, Optional<String> arrivalDate, List<Recipient> recipients) {
    public DeliveryReport {
        recipients = List.copyOf(recipients);
    }

    /** One per-recipient block. */
    public record Recipient(String finalRecipient, String action, String status, Optional<String> remoteMta,
            Optional<String> diagnosticCode) {
    }
}
