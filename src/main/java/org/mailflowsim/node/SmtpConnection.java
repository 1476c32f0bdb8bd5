package org.mailflowsim.node;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.mailflowsim.node.tls.ServerIdentity;

/**
 * One open Jakarta Mail SMTP connection from a node to a peer, reused for many transactions. The socket binds
 * the sending node's loopback address so the receiver identifies it by peer address (design.md §3).
 */
final class SmtpConnection implements AutoCloseable {
    private final SMTPTransport transport;
    private final Session session;
    private final CapturingSocketFactory sockets;
    private final ServerIdentity serverIdentity;
    private int transactions;
    private String clientKey;
    private Optional<String> serverCertificate;
    private Outgoing outgoing;

    private SmtpConnection(Session session, SMTPTransport transport, CapturingSocketFactory sockets,
                           ServerIdentity serverIdentity) {
        this.session = session;
        this.transport = transport;
        this.sockets = sockets;
        this.serverIdentity = serverIdentity;
    }

    /**
     * Connects and negotiates STARTTLS as {@code props} say, checking the server with {@code serverIdentity}
     * (which also records the certificate the server showed); throws when the peer cannot be reached.
     */
    static SmtpConnection open(Properties props, SSLSocketFactory tls, ServerIdentity serverIdentity)
            throws MessagingException {
        CapturingSocketFactory sockets = new CapturingSocketFactory();
        props.put("mail.smtp.socketFactory", sockets);
        props.put("mail.smtp.ssl.socketFactory", tls);
        serverIdentity.applyTo(props);
        Session session = Session.getInstance(props);
        SMTPTransport transport = (SMTPTransport) session.getTransport("smtp");
        transport.connect();
        return new SmtpConnection(session, transport, sockets, serverIdentity);
    }

    /**
     * The client's own ip:port, under which the receiver filed its decisions. Read once: every
     * {@code Socket.getLocalAddress()} is a {@code getsockname} system call.
     */
    String clientKey() {
        String k = clientKey;
        if (k == null) {
            k = sockets.socket().getLocalAddress().getHostAddress() + ":" + sockets.socket().getLocalPort();
            clientKey = k;
        }
        return k;
    }

    /** Whether STARTTLS completed: the server's certificate was then checked and recorded. */
    boolean tls() {
        return serverIdentity.presentedCertificate().isPresent();
    }

    /** The name on the certificate the server showed: fixed for the life of the connection, so read once. */
    Optional<String> serverCertificate() {
        Optional<String> name = serverCertificate;
        if (name == null) {
            name = serverIdentity.presentedName();
            serverCertificate = name;
        }
        return name;
    }

    /** Whether this connection has carried a transaction before (a pooled one the peer may have timed out). */
    boolean reused() {
        return transactions > 0;
    }

    SendResult send(String mailFrom, List<String> recipients, RawMessage content) {
        transactions++;
        Address[] to = new Address[recipients.size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = address(recipients.get(i));
        }
        try {
            // One message object per connection, refilled for each transaction: a connection carries one
            // transaction at a time, and building a MimeMessage (with its header table) per hop is not free.
            if (outgoing == null) {
                outgoing = new Outgoing(session);
            }
            outgoing.fill(mailFrom, content);
            transport.sendMessage(outgoing, to);
            return new SendResult(recipients, Map.of(), reply(), Optional.empty());
        } catch (SendFailedException e) {
            return failed(recipients, e);
        } catch (MessagingException e) {
            return new SendResult(List.of(), Map.of(), reply(), Optional.of(describe(e)));
        }
    }

    /** RSET after a refused transaction, so the connection can carry the next one; false when it cannot. */
    boolean reset() {
        try {
            return transport.simpleCommand("RSET") == 250;
        } catch (MessagingException e) {
            return false;
        }
    }

    private SendResult failed(List<String> recipients, SendFailedException e) {
        Map<String, String> refused = new LinkedHashMap<>();
        String whole = null;
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) {
                refused.put(a.getAddress().getAddress().toLowerCase(java.util.Locale.ROOT), clean(a.getMessage()));
            } else if (x instanceof SMTPSendFailedException s && s.getReturnCode() >= 400) {
                whole = clean(s.getMessage());
            }
        }
        List<String> accepted = new ArrayList<>();
        for (String r : recipients) {
            if (!refused.containsKey(r)) {
                if (whole != null) {
                    refused.put(r, whole);
                } else {
                    accepted.add(r);
                }
            }
        }
        return new SendResult(accepted, refused, whole != null ? whole : reply(), Optional.empty());
    }

    private String reply() {
        String r = transport.getLastServerResponse();
        return r == null ? "" : clean(r);
    }

    private static String clean(String reply) {
        return reply.strip().replace("\r", "").replace('\n', ' ');
    }

    private static String describe(MessagingException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : "");
    }

    private static InternetAddress address(String a) {
        try {
            return new InternetAddress(a, false);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("not an address: " + a, e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The peer went away first: nothing left to release.
        }
    }

    /** Writes the raw bytes as they are: no MIME re-encoding on relay, as an MTA relays. */
    private static final class Outgoing extends SMTPMessage {
        private RawMessage content;

        Outgoing(Session session) {
            super(session);
        }

        void fill(String mailFrom, RawMessage content) {
            this.content = content;
            setEnvelopeFrom(mailFrom.isEmpty() ? "<>" : mailFrom);
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            os.write(content.bytes());
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            os.write(content.bytes());
        }
    }
}
