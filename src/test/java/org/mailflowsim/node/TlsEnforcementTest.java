package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.RetryPolicy;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageTrace;

/** TLS as in production: required TLS is never given up for clear text, and DomainValidation checks names. */
class TlsEnforcementTest {

    @Test
    void tlsRequiredInboundConnectorRefusesACleartextSessionFromItsIp() throws Exception {
        // scenario-4-ip-connector: exo's OnPremises connector is identified by on-prem's IP and requires TLS.
        try (LabFixture f = new LabFixture(LabFixture.topology("scenario-4-ip-connector.yaml"))) {
            Node onprem = f.lab.node("onprem");
            Node exo = f.lab.node("exo");
            SMTPSendFailedException refused = assertThrows(SMTPSendFailedException.class,
                    () -> sendFrom(onprem, exo, false));
            assertEquals(451, refused.getReturnCode());
            assertTrue(refused.getMessage().contains("5.7.3 STARTTLS is required"), refused.getMessage());
            // The same client with STARTTLS is accepted: the connector matched by IP and P1 contoso.com is accepted.
            sendFrom(onprem, exo, true);
        }
    }

    @Test
    void requiredTlsToAPeerWithoutStartTlsIsRetriedNeverSentInClearAndExpires() throws Exception {
        Topology t = shortRetries(TopologyEdits.node(LabFixture.topology("scenario-1-mx-exo.yaml"), "onprem",
                n -> TopologyEdits.withCertificate(n, Optional.empty())));
        try (LabFixture f = new LabFixture(t)) {
            MessageTrace trace = f.send("cloud to on-prem", "exo", "ann@contoso.com", "bob@contoso.com");
            EndState end = trace.recipients().get(0).state();
            assertEquals(EndStateKind.EXPIRED, end.kind(), end.toString());
            assertEquals("550 5.4.300 Message expired", end.code().orElseThrow());
            assertTrue(end.reason().contains("450 4.4.317"), end.toString());
            assertEquals(9, trace.hops().size(), "attempts at 0, 15, … 120 min: the last falls on the lifetime");
            assertTrue(trace.hops().stream().allMatch(h -> !h.reply().startsWith("250")), "never accepted");
            assertTrue(f.lab.node("onprem").mailbox("bob@contoso.com").isEmpty(), "nothing was sent in clear");
            assertEquals(1, f.causedBy(trace).size(), "the sender gets an NDR");
        }
    }

    @Test
    void domainValidationWithTheWrongTlsDomainIsASubjectMismatch() throws Exception {
        Topology t = shortRetries(TopologyEdits.node(LabFixture.topology("scenario-1-mx-exo.yaml"), "exo",
                n -> TopologyEdits.withOutbound(n, n.outboundConnectors().stream()
                        .map(c -> TopologyEdits.withTlsDomain(c, "wrong.contoso.com")).toList())));
        try (LabFixture f = new LabFixture(t)) {
            MessageTrace trace = f.send("cloud to on-prem", "exo", "ann@contoso.com", "bob@contoso.com");
            EndState end = trace.recipients().get(0).state();
            assertEquals(EndStateKind.EXPIRED, end.kind(), end.toString());
            assertTrue(end.reason().contains("SubjectMismatch"), end.toString());
            assertFalse(trace.hops().isEmpty());
            assertFalse(trace.hops().get(0).reply().startsWith("250"));
        }
    }

    /** Exchange Online retrying every 15 minutes for 2 hours keeps these runs short. */
    private static Topology shortRetries(Topology t) {
        return TopologyEdits.node(t, "exo", n -> TopologyEdits.withRetry(n,
                new RetryPolicy(List.of(Duration.ofMinutes(15)), Duration.ofHours(2))));
    }

    /** A hand-made SMTP client bound to {@code from}'s loopback address, so {@code to} sees it as that node. */
    private static void sendFrom(Node from, Node to, boolean startTls) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", to.loopback().getHostAddress());
        p.put("mail.smtp.port", String.valueOf(to.port()));
        p.put("mail.smtp.localaddress", from.loopback().getHostAddress());
        p.put("mail.smtp.localhost", from.spec().hostname());
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.ssl.trust", "*");
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom("bob@contoso.com");
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("sam@tailspintoys.com"));
        m.setSubject("tls test");
        m.setText("body");
        try (SMTPTransport t = (SMTPTransport) session.getTransport("smtp")) {
            t.connect();
            t.sendMessage(m, m.getAllRecipients());
        }
    }
}
