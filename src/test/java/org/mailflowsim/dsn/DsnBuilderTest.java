package org.mailflowsim.dsn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.dsn.DsnFixtures.BOB;
import static org.mailflowsim.dsn.DsnFixtures.ORIGINAL_BODY;
import static org.mailflowsim.dsn.DsnFixtures.ORIGINAL_HEADERS;
import static org.mailflowsim.dsn.DsnFixtures.original;
import static org.mailflowsim.dsn.DsnFixtures.report;
import static org.mailflowsim.dsn.DsnFixtures.twoRecipients;

import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.node.RawMessage;

class DsnBuilderTest {
    private static final byte[] DSN = DsnBuilder.build(twoRecipients(), original(ORIGINAL_HEADERS));

    @Test
    void topLevelHeadersAreThoseOfAnExchangeNdr() {
        RawMessage m = RawMessage.of(DSN);
        assertEquals(Optional.of("Microsoft Outlook <postmaster@contoso-com.mail.protection.outlook.com>"),
                m.header("From"));
        assertEquals(Optional.of("kate@contoso.com"), m.header("To"));
        assertEquals(Optional.of("Undeliverable: Quarterly report"), m.header("Subject"));
        assertEquals(Optional.of("Mon, 3 Jun 2024 10:00:05 +0000"), m.header("Date"));
        assertEquals(Optional.of("<ndr-7@contoso-com.mail.protection.outlook.com>"), m.header("Message-ID"));
        assertEquals(Optional.of("auto-replied"), m.header("Auto-Submitted"));
        assertEquals(Optional.of("m42-ndr"), m.header("X-Mailflow-Trace"));
        assertEquals(Optional.of("1.0"), m.header("MIME-Version"));
        String type = m.header("Content-Type").orElseThrow();
        assertTrue(type.startsWith("multipart/report;"), type);
        assertTrue(type.contains("report-type=delivery-status"), type);
        assertTrue(type.contains("boundary="), type);
    }

    @Test
    void everyLineEndsInCrlf() {
        assertCrlfOnly(DSN);
        String longReply = "550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT0012.eop-nam02.prod."
                + "protection.outlook.com 2024-06-03T10:00:00.000Z 08DC8390B0C1D2E3]";
        FailedRecipient r = FailedRecipient.failed("bob@fabrikam.com", "5.7.64", "mx.fabrikam.com", longReply);
        assertCrlfOnly(DsnBuilder.build(report(FailureReport.mailerDaemon("mx"), List.of(r)),
                original("Subject: =?UTF-8?Q?R=C3=A9sum=C3=A9?=\r\n")));
    }

    @Test
    void returnsTheOriginalHeadersAsRfc822HeadersButNeverTheBody() {
        String text = new String(DSN, StandardCharsets.UTF_8);
        assertTrue(text.contains("Content-Type: text/rfc822-headers"), text);
        assertTrue(text.contains("Message-ID: <orig-1@contoso.com>\r\nX-Mailflow-Trace: m42\r\n"), text);
        assertFalse(text.contains(ORIGINAL_BODY.trim()), text);
    }

    @Test
    void returnedHeadersAreBoundedToWholeFields() throws Exception {
        String many = "X-Filler: " + "x".repeat(60) + "\r\n";
        byte[] big = original("Subject: big\r\n" + many.repeat(2_000));
        InternetHeaders kept = DsnBuilder.returnedHeaders(big);
        List<String> lines = Collections.list(kept.getAllHeaderLines());
        int size = lines.stream().mapToInt(l -> l.length() + 2).sum();
        assertTrue(size <= DsnBuilder.MAX_RETURNED_HEADER_BYTES, "size " + size);
        assertTrue(size > DsnBuilder.MAX_RETURNED_HEADER_BYTES - many.length(), "size " + size);
        assertEquals("Subject: big", lines.get(0));
        assertTrue(lines.stream().allMatch(l -> l.equals("Subject: big") || l.equals(many.trim())));
        byte[] dsn = DsnBuilder.build(twoRecipients(), big);
        assertTrue(dsn.length < DsnBuilder.MAX_RETURNED_HEADER_BYTES + 4_096, "dsn size " + dsn.length);
    }

    @Test
    void subjectFallsBackWithoutAnOriginalSubjectAndSaysDelayedForDelays() {
        byte[] noSubject = DsnBuilder.build(twoRecipients(), original("From: kate@contoso.com\r\n"));
        assertEquals(Optional.of("Delivery Status Notification (Failure)"), RawMessage.of(noSubject).header("Subject"));
        FailedRecipient later = new FailedRecipient("bob@fabrikam.com", "delayed", "4.4.7", Optional.empty(),
                Optional.of("451 4.4.7 Message delayed"));
        byte[] delayed = DsnBuilder.build(report(FailureReport.mailerDaemon("mx"), List.of(later)),
                original(ORIGINAL_HEADERS));
        assertEquals(Optional.of("Delivery delayed: Quarterly report"), RawMessage.of(delayed).header("Subject"));
    }

    @Test
    void encodedOriginalSubjectIsDecodedThenEncodedAgain() throws Exception {
        byte[] dsn = DsnBuilder.build(twoRecipients(), original("Subject: =?UTF-8?Q?R=C3=A9sum=C3=A9?=\r\n"));
        MimeMessage parsed = new MimeMessage(DsnBuilder.SESSION, new ByteArrayInputStream(dsn));
        assertEquals("Undeliverable: R\u00e9sum\u00e9", parsed.getSubject());
    }

    @Test
    void internetNodesSignAsMailerDaemon() {
        byte[] dsn = DsnBuilder.build(report(FailureReport.mailerDaemon("mx.fabrikam.com"), List.of(BOB)),
                original(ORIGINAL_HEADERS));
        assertEquals(Optional.of("MAILER-DAEMON@mx.fabrikam.com"), RawMessage.of(dsn).header("From"));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertArrayEquals(DSN, DsnBuilder.build(twoRecipients(), original(ORIGINAL_HEADERS)));
    }

    @Test
    void refusesReportsThatMustNotExist() {
        assertThrows(IllegalArgumentException.class, () -> new FailureReport("MAILER-DAEMON@mx", "mx", "",
                "Mon, 3 Jun 2024 10:00:00 +0000", List.of(BOB), "id@mx", "X-Mailflow-Trace", "t",
                twoRecipients().date()), "null reverse-path: no DSN (rule 34)");
        assertThrows(IllegalArgumentException.class, () -> new FailedRecipient("bob@fabrikam.com", "delivered",
                "2.0.0", Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> FailedRecipient.failed("bob@fabrikam.com", "5.7",
                "mx", "550 no"));
    }

    static void assertCrlfOnly(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "bare LF at " + i);
            }
            if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "bare CR at " + i);
            }
        }
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).endsWith("\r\n"), "ends with CRLF");
    }
}
