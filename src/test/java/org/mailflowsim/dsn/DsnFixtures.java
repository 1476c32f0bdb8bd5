package org.mailflowsim.dsn;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** A 5.7.64 relay refusal (domain.md §2.2) for two recipients, as EXO would report it to the on-prem sender. */
final class DsnFixtures {
    static final String REPLY = "550 5.7.64 TenantAttribution; Relay Access Denied";
    static final FailedRecipient BOB = FailedRecipient.failed("bob@fabrikam.com", "5.7.64",
            "contoso-com.mail.protection.outlook.com", REPLY);
    static final FailedRecipient CAROL = new FailedRecipient("carol@tailspintoys.com", "failed", "5.4.14",
            Optional.empty(), Optional.empty());
    static final String ORIGINAL_HEADERS = "Received: from mail.contoso.com (127.0.0.3) by\r\n"
            + " contoso-com.mail.protection.outlook.com; Mon, 3 Jun 2024 10:00:00 +0000\r\n"
            + "From: Kate <kate@contoso.com>\r\nTo: bob@fabrikam.com, carol@tailspintoys.com\r\n"
            + "Subject: Quarterly report\r\nMessage-ID: <orig-1@contoso.com>\r\nX-Mailflow-Trace: m42\r\n";
    static final String ORIGINAL_BODY = "The secret numbers are 1, 2, 3.\r\n";

    private DsnFixtures() {
    }

    static byte[] original(String headers) {
        return (headers + "\r\n" + ORIGINAL_BODY).getBytes(StandardCharsets.UTF_8);
    }

    static FailureReport report(String from, List<FailedRecipient> recipients) {
        return new FailureReport(from, "contoso-com.mail.protection.outlook.com", "kate@contoso.com",
                "Mon, 3 Jun 2024 10:00:00 +0000", recipients, "ndr-7@contoso-com.mail.protection.outlook.com",
                "X-Mailflow-Trace", "m42-ndr", ZonedDateTime.of(2024, 6, 3, 10, 0, 5, 0, ZoneOffset.UTC));
    }

    static FailureReport twoRecipients() {
        return report(FailureReport.outlookPostmaster("contoso-com.mail.protection.outlook.com"), List.of(BOB, CAROL));
    }
}
