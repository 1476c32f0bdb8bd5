package org.mailflowsim.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mailflowsim.dsn.DsnFixtures.ORIGINAL_HEADERS;
import static org.mailflowsim.dsn.DsnFixtures.original;
import static org.mailflowsim.dsn.DsnFixtures.report;
import static org.mailflowsim.dsn.DsnFixtures.twoRecipients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our DSN judged by a parser we did not write: Python's standard {@code email} package (shared/testing.md).
 * python3 is required (CI installs it): without it this test fails, it never skips.
 */
class DsnPythonParserTest {
    private static final String SCRIPT = """
            import email, sys
            from email import policy
            with open(sys.argv[1], 'rb') as f:
                raw = f.read()
            with open(sys.argv[1], 'rb') as f:
                msg = email.message_from_binary_file(f, policy=policy.default)
            print('crlf-only=' + str(raw.count(b'\\n') == raw.count(b'\\r\\n') == raw.count(b'\\r')))
            print('content-type=' + msg.get_content_type())
            print('report-type=' + str(msg.get_param('report-type')))
            print('subject=' + str(msg['Subject']))
            print('parts=' + ','.join(p.get_content_type() for p in msg.iter_parts()))
            print('defects=' + str(sum(len(p.defects) for p in msg.walk())))
            for part in msg.walk():
                if part.get_content_type() == 'message/delivery-status':
                    blocks = part.get_payload()
                    print('reporting-mta=' + str(blocks[0]['Reporting-MTA']))
                    for b in blocks[1:]:
                        print('recipient=' + '|'.join(str(b.get(h, '-')) for h in
                              ('Final-Recipient', 'Action', 'Status', 'Remote-MTA', 'Diagnostic-Code')))
                if part.get_content_type() == 'text/rfc822-headers':
                    returned = email.message_from_string(part.get_content(), policy=policy.default)
                    print('returned-message-id=' + str(returned['Message-ID']))
            """;

    @Test
    void pythonEmailPackageReadsTheSameReport(@TempDir Path dir) throws Exception {
        Path dsn = Files.write(dir.resolve("ndr.eml"), DsnBuilder.build(twoRecipients(), original(ORIGINAL_HEADERS)));
        List<String> lines = python(dir, dsn);
        assertEquals(List.of(
                "crlf-only=True",
                "content-type=multipart/report",
                "report-type=delivery-status",
                "subject=Undeliverable: Quarterly report",
                "parts=text/plain,message/delivery-status,text/rfc822-headers",
                "defects=0",
                "reporting-mta=dns; contoso-com.mail.protection.outlook.com",
                "recipient=rfc822; bob@fabrikam.com|failed|5.7.64|dns; contoso-com.mail.protection.outlook.com"
                        + "|smtp; 550 5.7.64 TenantAttribution; Relay Access Denied",
                "recipient=rfc822; carol@tailspintoys.com|failed|5.4.14|-|-",
                "returned-message-id=<orig-1@contoso.com>"), lines);
    }

    @Test
    void pythonUnfoldsALongDiagnosticAndDecodesAnEncodedSubject(@TempDir Path dir) throws Exception {
        String reply = "451 4.4.7 Message delayed; the receiving server mx.fabrikam.com did not answer within the"
                + " connection timeout of 60 seconds";
        FailedRecipient later = new FailedRecipient("bob@fabrikam.com", "delayed", "4.4.7",
                Optional.of("mx.fabrikam.com"), Optional.of(reply));
        byte[] bytes = DsnBuilder.build(report(FailureReport.mailerDaemon("mx.contoso.com"), List.of(later)),
                original("Subject: =?UTF-8?Q?R=C3=A9sum=C3=A9?=\r\nMessage-ID: <r@contoso.com>\r\n"));
        List<String> lines = python(dir, Files.write(dir.resolve("delay.eml"), bytes));
        assertEquals("subject=Delivery delayed: R\u00e9sum\u00e9", lines.get(3));
        assertEquals("defects=0", lines.get(5));
        assertEquals("recipient=rfc822; bob@fabrikam.com|delayed|4.4.7|dns; mx.fabrikam.com|smtp; " + reply,
                lines.get(7));
        assertEquals(9, lines.size(), String.join("\n", lines));
    }

    private static List<String> python(Path dir, Path dsn) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder("python3", "-c", SCRIPT, dsn.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("python3 is not on the PATH; this test needs it as an independent DSN parser"
                    + " (shared/testing.md) and CI installs it: " + e.getMessage());
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("python3 did not finish within 30 s");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "python3 failed: " + stderr);
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
