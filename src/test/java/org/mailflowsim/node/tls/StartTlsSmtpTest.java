package org.mailflowsim.node.tls;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.net.ssl.SSLContext;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real STARTTLS hops on loopback: a SubEtha server with our creator, an Angus client with our factory. */
class StartTlsSmtpTest {
    private static LabPki pki;
    private static NodeIdentity contoso;
    private static NodeIdentity fabrikam;
    private static NodeIdentity contosoWildcardOnly;

    private final Queue<RecordingHandler.Received> received = new ConcurrentLinkedQueue<>();
    private LoopbackServer server;

    @BeforeAll
    static void issue() {
        pki = LabPki.create();
        contoso = pki.issue("contoso-edge", List.of("mail.contoso.com", "*.contoso.com"));
        fabrikam = pki.issue("fabrikam", List.of("mail.fabrikam.com", "*.fabrikam.com"));
        contosoWildcardOnly = pki.issue("contoso-wild", List.of("*.contoso.com"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void startServer(NodeIdentity identity) {
        server = LoopbackServer.start(b -> b.hostName(identity.names().get(0))
                .enableTLS(true)
                .startTlsSocketFactory(StartTlsSockets.serverCreator(identity.serverContext()))
                .messageHandlerFactory(ctx -> new RecordingHandler(ctx, received)));
    }

    /** Sends one message over STARTTLS (required) and returns the server's last reply. */
    private String send(SSLContext clientContext, ServerIdentity identity) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", server.endpoint().getAddress().getHostAddress());
        p.put("mail.smtp.port", String.valueOf(server.endpoint().getPort()));
        p.put("mail.smtp.localaddress", server.clientAddress().getHostAddress());
        p.put("mail.smtp.localhost", "mail.fabrikam.com");
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "5000");
        p.put("mail.smtp.writetimeout", "5000");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", StartTlsSockets.clientFactory(clientContext)); // an object, not a string
        identity.applyTo(p);
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("alice@fabrikam.com"));
        m.setRecipients(Message.RecipientType.TO, "bob@contoso.com, carol@contoso.com");
        m.setSubject("tls test");
        m.setText("hello over TLS");
        SMTPTransport t = (SMTPTransport) session.getTransport("smtp");
        try {
            t.connect();
            t.sendMessage(m, m.getAllRecipients());
            return t.getLastServerResponse();
        } finally {
            t.close();
        }
    }

    private RecordingHandler.Received awaitOne() {
        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        return received.peek();
    }

    @Test
    void mutualTlsServerSeesClientNames() throws Exception {
        startServer(contoso);
        ServerIdentity verifier = ServerIdentity.expecting("mail.contoso.com");

        String reply = send(fabrikam.clientContext(true), verifier);

        assertTrue(reply.startsWith("250"), reply);
        RecordingHandler.Received r = awaitOne();
        assertTrue(r.tls());
        assertEquals(List.of("mail.fabrikam.com", "*.fabrikam.com"), r.peerNames());
        assertEquals(server.clientAddress().getHostAddress(), r.clientIp());
        assertEquals(Optional.of("mail.fabrikam.com"), r.helo());
        assertEquals("alice@fabrikam.com", r.from());
        assertEquals(List.of("bob@contoso.com", "carol@contoso.com"), r.recipients());
        assertTrue(r.tcpNoDelay(), "server creator sets TCP_NODELAY");
        assertEquals(Optional.of("mail.contoso.com"), verifier.matchedName());
    }

    @Test
    void clientWithoutCertificateIsAcceptedInWantMode() throws Exception {
        startServer(contoso);

        String reply = send(fabrikam.clientContext(false), ServerIdentity.expecting("mail.contoso.com"));

        assertTrue(reply.startsWith("250"), reply);
        RecordingHandler.Received r = awaitOne();
        assertTrue(r.tls());
        assertEquals(List.of(), r.peerNames());
    }

    @Test
    void anonymousClientContextAlsoWorks() throws Exception {
        startServer(contoso);

        assertTrue(send(pki.anonymousClientContext(), ServerIdentity.anyTrusted()).startsWith("250"));
        assertEquals(List.of(), awaitOne().peerNames());
    }

    @Test
    void verifierRejectsServerWithoutExpectedDomain() {
        startServer(fabrikam);
        ServerIdentity verifier = ServerIdentity.expecting("mail.contoso.com");

        MessagingException e = assertThrows(MessagingException.class,
                () -> send(contoso.clientContext(true), verifier));

        assertTrue(chain(e).contains("Unable to check server identity"), chain(e));
        assertEquals(List.of("mail.fabrikam.com", "*.fabrikam.com"), verifier.presentedNames());
        assertEquals(Optional.of("mail.fabrikam.com"), verifier.presentedName());
        assertEquals(Optional.empty(), verifier.matchedName());
        assertTrue(received.isEmpty());
    }

    @Test
    void verifierAcceptsWildcardCertificateForExpectedDomain() throws Exception {
        startServer(contosoWildcardOnly);
        ServerIdentity verifier = ServerIdentity.expecting("mail.contoso.com");

        assertTrue(send(fabrikam.clientContext(true), verifier).startsWith("250"));

        assertEquals(Optional.of("*.contoso.com"), verifier.presentedName());
        assertEquals(List.of("mail.fabrikam.com", "*.fabrikam.com"), awaitOne().peerNames());
    }

    @Test
    void serverFromAnotherCaFailsChainValidation() {
        startServer(LabPki.create().issue("rogue", List.of("mail.contoso.com")));
        ServerIdentity verifier = ServerIdentity.expecting("mail.contoso.com");

        MessagingException e = assertThrows(MessagingException.class,
                () -> send(fabrikam.clientContext(true), verifier));

        assertTrue(chain(e).contains("PKIX path"), chain(e));
        assertFalse(verifier.presentedCertificate().isPresent(), "verifier never ran");
    }

    private static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) { // MessagingException.getCause() = next exception
            sb.append(c).append(" <- ");
        }
        return sb.toString();
    }
}
