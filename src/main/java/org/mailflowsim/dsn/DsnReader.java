package org.mailflowsim.dsn;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;

/**
 * Reads an RFC 3464 DSN back with Angus (MimeMessage → MultipartReport → DeliveryStatus), for tests and for the
 * simulator's trace (domain.md §8, §13 rule 32: a returning NDR is recognised before it is re-routed).
 */
public final class DsnReader {
    private DsnReader() {
    }

    /** The report, or empty if the bytes are not a delivery-status report or lack a required field. */
    public static Optional<DeliveryReport> read(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(DsnBuilder.SESSION, new ByteArrayInputStream(raw));
            if (!(message.getContent() instanceof MultipartReport report)
                    || !(report.getReport() instanceof DeliveryStatus status)) {
                return Optional.empty();
            }
            return read(status);
        } catch (MessagingException | IOException e) {
            return Optional.empty(); // not parseable as MIME: not a DSN
        }
    }

    private static Optional<DeliveryReport> read(DeliveryStatus status) {
        InternetHeaders perMessage = status.getMessageDSN();
        Optional<String> mta = field(perMessage, "Reporting-MTA");
        List<DeliveryReport.Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            InternetHeaders block = status.getRecipientDSN(i);
            Optional<String> recipient = field(block, "Final-Recipient");
            Optional<String> action = field(block, "Action");
            Optional<String> code = field(block, "Status");
            if (recipient.isEmpty() || action.isEmpty() || code.isEmpty()) {
                return Optional.empty();
            }
            recipients.add(new DeliveryReport.Recipient(recipient.get(), action.get(), code.get(),
                    field(block, "Remote-MTA"), field(block, "Diagnostic-Code")));
        }
        if (mta.isEmpty() || recipients.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryReport(mta.get(), field(perMessage, "Arrival-Date"), recipients));
    }

    /** A field's value unfolded, without its {@code type;} prefix when the field is typed. */
    static Optional<String> field(InternetHeaders block, String name) {
        String raw = block.getHeader(name, null);
        if (raw == null) {
            return Optional.empty();
        }
        String value = MimeUtility.unfold(raw).trim();
        boolean typed = !name.equals("Action") && !name.equals("Status") && !name.equals("Arrival-Date");
        int semicolon = value.indexOf(';');
        return Optional.of(typed && semicolon >= 0 ? value.substring(semicolon + 1).trim() : value);
    }
}
