package org.mailflowsim.node.tls;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * A plain TCP socket whose input stream is buffered, for a TLS layer on top of it. JSSE reads each TLS record
 * with two reads, its 5-byte header and then its body, and each read of a plain socket is a system call (three
 * with a read timeout: a read that would block, a poll, the read). Buffered, one read usually takes a whole
 * record, or several. Safe under STARTTLS: neither SMTP side sends anything between the {@code 220} reply
 * to STARTTLS and the TLS handshake, and plaintext a peer did send early (an injection attempt) would reach the
 * TLS layer from the kernel's buffer just the same without this one, and fail the handshake either way.
 */
public final class BufferedInputSocket extends Socket {
    /** Holds the largest TLS record (16 KiB of data plus header and expansion) in one read. */
    static final int BUFFER = 17 * 1024;

    private InputStream in;

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
            in = new BufferedInputStream(super.getInputStream(), BUFFER);
        }
        return in;
    }
}
