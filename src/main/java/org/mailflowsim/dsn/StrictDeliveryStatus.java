package org.mailflowsim.dsn;

import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.dsn.DeliveryStatus;

/**
 * Angus's {@link DeliveryStatus} without the blank line it writes after the last recipient block: RFC 3464 §2.1
 * separates blocks by a blank line but ends on the last field, and Python's parser reads the extra line as an
 * empty fourth block (found by DsnPythonParserTest).
 */
final class StrictDeliveryStatus extends DeliveryStatus {
    StrictDeliveryStatus() throws MessagingException {
        super();
    }

    @Override
    public void writeTo(OutputStream os) throws IOException {
        ByteArrayOutputStream blocks = new ByteArrayOutputStream();
        super.writeTo(blocks);
        byte[] b = blocks.toByteArray();
        int n = b.length;
        boolean blankLineAtEnd = n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n';
        os.write(b, 0, blankLineAtEnd ? n - 2 : n);
    }
}
