package org.mailflowsim.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.dsn.DsnFixtures.ORIGINAL_HEADERS;
import static org.mailflowsim.dsn.DsnFixtures.original;
import static org.mailflowsim.dsn.DsnFixtures.report;
import static org.mailflowsim.dsn.DsnFixtures.twoRecipients;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DsnReaderTest {
    @Test
    void readsBackWhatWasBuiltForTwoRecipients() {
        FailureReport report = twoRecipients();
        DeliveryReport read = DsnReader.read(DsnBuilder.build(report, original(ORIGINAL_HEADERS))).orElseThrow();
        assertEquals(report.reportingMtaHost(), read.reportingMta());
        assertEquals(Optional.of(report.arrivalDate()), read.arrivalDate());
        assertEquals(asRead(report.recipients()), read.recipients());
    }

    @Test
    void unfoldsALongDiagnosticAndJoinsAMultiLineReply() {
        String reply = "550-5.7.64 TenantAttribution; Relay Access Denied\r\n550 5.7.64 [SN1NAM02FT0012.eop-nam02"
                + ".prod.protection.outlook.com 2024-06-03T10:00:00.000Z 08DC8390B0C1D2E3]";
        FailedRecipient bob = FailedRecipient.failed("bob@fabrikam.com", "5.7.64", "mx.fabrikam.com", reply);
        byte[] dsn = DsnBuilder.build(report(FailureReport.mailerDaemon("mx"), List.of(bob)),
                original(ORIGINAL_HEADERS));
        String text = new String(dsn, StandardCharsets.US_ASCII);
        assertTrue(text.matches("(?s).*\r\nDiagnostic-Code: smtp; 550-5\\.7\\.64 [^\r\n]*\r\n[ \t]\\S.*"), "folded");
        DsnBuilderTest.assertCrlfOnly(dsn);
        DeliveryReport.Recipient read = DsnReader.read(dsn).orElseThrow().recipients().get(0);
        assertEquals(Optional.of(reply.replace("\r\n", " ")), read.diagnosticCode());
    }

    @Test
    void anythingButADeliveryStatusReportIsNotADsn() {
        assertEquals(Optional.empty(), DsnReader.read(original(ORIGINAL_HEADERS)));
        assertEquals(Optional.empty(), DsnReader.read(new byte[] {0, 1, 2}));
        String mdn = "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification;"
                + " boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nread\r\n--b--\r\n";
        assertEquals(Optional.empty(), DsnReader.read(mdn.getBytes(StandardCharsets.US_ASCII)));
    }

    static List<DeliveryReport.Recipient> asRead(List<FailedRecipient> recipients) {
        return recipients.stream().map(r -> new DeliveryReport.Recipient(r.address(), r.action(), r.status(),
                r.remoteMta(), r.diagnosticCode())).toList();
    }
}
