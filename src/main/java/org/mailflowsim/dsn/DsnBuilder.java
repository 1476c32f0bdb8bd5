package org.mailflowsim.dsn;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MessageHeaders;
import org.eclipse.angus.mail.dsn.MultipartReport;

/**
 * Builds an RFC 3464 DSN (domain.md §8, §13 rule 33) as raw CRLF bytes ready for {@code RawMessage.of}: a
 * {@code multipart/report; report-type=delivery-status} with a short text part, the {@code message/delivery-status}
 * part, and the original header section as {@code text/rfc822-headers} (never the body). The caller sends it with
 * {@code MAIL FROM:<>} to {@link FailureReport#originalEnvelopeSender()}.
 */
public final class DsnBuilder {
    /** Returned headers are whole fields, in order, up to this many bytes; later fields are left out. */
    public static final int MAX_RETURNED_HEADER_BYTES = 32 * 1024;
    static final Session SESSION = Session.getInstance(new Properties());
    private static final DateTimeFormatter RFC5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.US);

    private DsnBuilder() {
    }

    public static byte[] build(FailureReport report, byte[] originalMessage) {
        try {
            InternetHeaders original = returnedHeaders(originalMessage);
            String text = DsnText.of(report);
            DeliveryStatus status = deliveryStatus(report);
            MultipartReport body = new MultipartReport() {
                {
                    contentType = boundary(contentType, report.ndrMessageId(), text, status, original);
                }
            };
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, StandardCharsets.UTF_8.name());
            body.setTextBodyPart(textPart);
            body.setReport(status);
            body.setReturnedMessage(new MessageHeaders(original) {
                @Override
                protected void updateHeaders() {
                    // the original's fields as they were: no Date, Message-ID or MIME-Version of our own
                }
            });
            MimeMessage dsn = message(report);
            dsn.setSubject(subject(report, original), StandardCharsets.UTF_8.name());
            dsn.setContent(body);
            dsn.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dsn.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build a DSN from a validated report", e);
        }
    }

    private static MimeMessage message(FailureReport report) throws MessagingException {
        String id = report.ndrMessageId().startsWith("<") ? report.ndrMessageId() : "<" + report.ndrMessageId() + ">";
        MimeMessage dsn = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id); // ours, not Angus's random one: traces must be reproducible
            }
        };
        dsn.setHeader("Date", RFC5322_DATE.format(report.date()));
        dsn.setFrom(new InternetAddress(report.from(), true));
        dsn.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(report.originalEnvelopeSender(), true));
        dsn.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834: no auto-replies to this
        dsn.setHeader(report.traceHeaderName(), report.traceId());
        return dsn;
    }

    private static DeliveryStatus deliveryStatus(FailureReport report) throws MessagingException {
        DeliveryStatus ds = new StrictDeliveryStatus();
        InternetHeaders perMessage = emptyHeaders();
        perMessage.addHeader("Reporting-MTA", "dns; " + report.reportingMtaHost());
        perMessage.addHeader("Arrival-Date", report.arrivalDate());
        ds.setMessageDSN(perMessage);
        for (FailedRecipient r : report.recipients()) {
            InternetHeaders block = emptyHeaders();
            block.addHeader("Final-Recipient", "rfc822; " + r.address());
            block.addHeader("Action", r.action());
            block.addHeader("Status", r.status());
            r.remoteMta().ifPresent(h -> block.addHeader("Remote-MTA", "dns; " + h));
            r.diagnosticCode().ifPresent(d -> block.addHeader("Diagnostic-Code",
                    MimeUtility.fold("Diagnostic-Code: ".length(), "smtp; " + DsnText.oneLine(d))));
            ds.addRecipientDSN(block);
        }
        return ds;
    }

    /** The original header section, cut after the last whole field that fits {@link #MAX_RETURNED_HEADER_BYTES}. */
    static InternetHeaders returnedHeaders(byte[] originalMessage) throws MessagingException {
        InternetHeaders all = new InternetHeaders(new ByteArrayInputStream(originalMessage));
        InternetHeaders kept = emptyHeaders();
        int size = 0;
        for (Enumeration<String> lines = all.getAllHeaderLines(); lines.hasMoreElements();) {
            String line = lines.nextElement();
            size += line.length() + 2;
            if (size > MAX_RETURNED_HEADER_BYTES) {
                break;
            }
            kept.addHeaderLine(line);
        }
        return kept;
    }

    /** Fields in the order added (the no-argument constructor pre-orders well-known names such as Status). */
    private static InternetHeaders emptyHeaders() throws MessagingException {
        return new InternetHeaders(new ByteArrayInputStream(new byte[0]));
    }

    /**
     * A boundary derived from everything the parts hold, so the same report gives the same bytes (reproducible
     * traces) and no part can contain it; {@code =_} never occurs in quoted-printable text.
     */
    private static String boundary(String contentType, String id, String text, DeliveryStatus status,
            InternetHeaders original) throws MessagingException, IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes((id + text).getBytes(StandardCharsets.UTF_8));
        status.writeTo(all);
        for (String line : Collections.list(original.getAllHeaderLines())) {
            all.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        byte[] hash = sha256(all.toByteArray());
        ContentType type = new ContentType(contentType);
        type.setParameter("boundary", "=_mailflow_dsn_" + HexFormat.of().formatHex(hash, 0, 12));
        return type.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** {@code Undeliverable: <subject>} as Exchange writes it [NDRX]; a generic subject without one. */
    private static String subject(FailureReport report, InternetHeaders original) throws IOException {
        Optional<String> subject = Optional.ofNullable(original.getHeader("Subject", null))
                .map(s -> MimeUtility.unfold(s).trim());
        if (subject.isEmpty() || subject.get().isEmpty()) {
            return "Delivery Status Notification (" + (report.anyFailed() ? "Failure)" : "Delay)");
        }
        return (report.anyFailed() ? "Undeliverable: " : "Delivery delayed: ") + MimeUtility.decodeText(subject.get());
    }
}
