package org.mailflowsim.dsn;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a node knows when it must report failed or delayed recipients (domain.md §8, §13 rule 33). The original
 * message's bytes are passed to {@link DsnBuilder#build} separately (no arrays in records).
 *
 * @param from             the From field, e.g. {@link #outlookPostmaster} or {@link #mailerDaemon}
 * @param reportingMtaHost the generating server ("Reporting-MTA: dns; host"), not necessarily who rejected [NDRX]
 * @param originalEnvelopeSender the failed message's reverse-path; the DSN goes to it (never empty, rule 34)
 * @param arrivalDate      when the reporting MTA received the message, an RFC 5322 date
 * @param ndrMessageId     the DSN's own Message-ID, with or without angle brackets
 * @param traceHeaderName  e.g. {@code X-Mailflow-Trace}; {@code traceId} its value
 * @param date             the DSN's Date
 */
public record FailureReport(String from, String reportingMtaHost, String originalEnvelopeSender, String arrivalDate,
        List<FailedRecipient> recipients, String ndrMessageId, String traceHeaderName, String traceId,
        ZonedDateTime date) {

    public FailureReport {
        require(from, "from");
        require(reportingMtaHost, "reportingMtaHost");
        require(arrivalDate, "arrivalDate");
        require(ndrMessageId, "ndrMessageId");
        require(traceId, "traceId");
        if (originalEnvelopeSender == null || originalEnvelopeSender.isEmpty()) {
            throw new IllegalArgumentException("no DSN for a null reverse-path (domain.md §13 rule 34)");
        }
        require(originalEnvelopeSender, "originalEnvelopeSender");
        if (traceHeaderName == null || !traceHeaderName.matches("[!-9;-~]+")) {
            throw new IllegalArgumentException("not a header field name: " + traceHeaderName);
        }
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a DSN reports at least one recipient");
        }
        Objects.requireNonNull(date, "date");
    }

    /** The From of Exchange-role nodes: {@code Microsoft Outlook <postmaster@host>}. */
    public static String outlookPostmaster(String host) {
        return "Microsoft Outlook <postmaster@" + host + ">";
    }

    /** The From of internet MTAs: {@code MAILER-DAEMON@host}. */
    public static String mailerDaemon(String host) {
        return "MAILER-DAEMON@" + host;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank() || value.contains("\r") || value.contains("\n")) {
            throw new IllegalArgumentException(name + " is required, on one line: " + value);
        }
    }

    boolean anyFailed() {
        return recipients.stream().anyMatch(r -> r.action().equals("failed"));
    }
}
