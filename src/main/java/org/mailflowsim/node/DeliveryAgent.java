package org.mailflowsim.node;

import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.mailflowsim.node.tls.ServerIdentity;
import org.mailflowsim.node.tls.StartTlsSockets;
import org.mailflowsim.policy.NextHop;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.Journal;

/**
 * Sends a group of recipients to their next hop over real SMTP: resolves the hop's hosts in the simulated DNS
 * to the node that owns the address, borrows a pooled connection, and records the hop and the end state of
 * every recipient the peer refused.
 */
final class DeliveryAgent implements AutoCloseable {
    private final Node node;
    private final Lab lab;
    private final Journal journal;
    private final ConnectionPool pool = new ConnectionPool();

    DeliveryAgent(Node node, Lab lab) {
        this.node = node;
        this.lab = lab;
        this.journal = lab.journal();
    }

    void send(QueuedMessage m, NextHop hop, List<String> recipients) {
        Optional<Node> target = resolve(hop);
        if (target.isEmpty()) {
            endAll(m, recipients, unreachable(hop));
            return;
        }
        if (target.get() == node) {
            endAll(m, recipients, EndState.withCode(EndStateKind.LOOPED, node.name(),
                    "554 5.4.6 mail for " + String.join(", ", hop.hosts()) + " loops back to myself",
                    "the next hop (" + hop.describe() + ") is this node itself"));
            return;
        }
        PoolKey key = new PoolKey(target.get(), hop.clientCertificate(), hop.tls(), hop.tlsDomain());
        SmtpConnection c;
        try {
            c = pool.borrow(key, () -> open(target.get(), hop));
        } catch (MessagingException e) {
            Hop failed = new Hop(node.name(), target.get().name(), hop.connector(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), connectFailure(hop, e), recipients);
            journal.hop(m.traceId(), failed);
            endAll(m, recipients, EndState.withCode(EndStateKind.DEFERRED, target.get().name(), failed.reply(),
                    "could not open the SMTP session (" + hop.describe() + "); retries come with issue 3"));
            return;
        }
        SendResult result = c.send(m.mailFrom(), recipients, m.content());
        Optional<ReceiverView> view = target.get().receiverLog().take(c.clientKey());
        Hop done = new Hop(node.name(), target.get().name(), hop.connector(),
                view.flatMap(v -> v.inboundConnector), c.tls(), c.serverCertificate(),
                view.flatMap(v -> v.clientCertificate), result.broken().orElse(result.reply()), recipients);
        Optional<Integer> slot = view.flatMap(v -> v.hopSlot);
        if (slot.isPresent()) {
            journal.fillHop(m.traceId(), slot.get(), done);
        } else {
            journal.hop(m.traceId(), done);
        }
        result.refused().forEach((rcpt, reply) -> journal.end(m.traceId(), rcpt, refusal(target.get(), rcpt, reply, view)));
        if (result.broken().isPresent() || !result.refused().isEmpty()) {
            c.close();
        } else {
            pool.giveBack(key, c);
        }
        if (result.broken().isPresent()) {
            endAll(m, result.accepted(), EndState.withCode(EndStateKind.DEFERRED, target.get().name(),
                    "451 4.4.2 " + result.broken().get(), "the SMTP conversation broke off"));
        }
    }

    private EndState refusal(Node target, String rcpt, String reply, Optional<ReceiverView> view) {
        Optional<org.mailflowsim.policy.Verdict> verdict = view.flatMap(v -> Optional.ofNullable(v.recipients.get(rcpt))
                .filter(x -> x instanceof org.mailflowsim.policy.Verdict.Refuse).or(() -> v.data));
        EndStateKind kind = verdict.filter(v -> v instanceof org.mailflowsim.policy.Verdict.Refuse r)
                .map(v -> ((org.mailflowsim.policy.Verdict.Refuse) v).outcome())
                .orElse(reply.startsWith("4") ? EndStateKind.DEFERRED : EndStateKind.REJECTED);
        String reason = verdict.map(org.mailflowsim.policy.Verdict::reason).orElse("refused by " + target.name());
        return EndState.withCode(kind, target.name(), reply, reason);
    }

    private SmtpConnection open(Node target, NextHop hop) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", target.loopback().getHostAddress());
        p.put("mail.smtp.port", String.valueOf(target.port()));
        p.put("mail.smtp.localaddress", node.loopback().getHostAddress());
        p.put("mail.smtp.localhost", node.spec().hostname());
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "30000");
        // No mail.smtp.writetimeout: Angus then wraps the socket in a TimeoutOutputStream that schedules (and
        // cancels) a task on a per-connection timer thread for every write, two thread wake-ups per SMTP command.
        // A write only blocks when the peer stops reading with its buffers full; the read timeout above and the
        // lab closing every server at the end bound that case.
        p.put("mail.smtp.quitwait", "false");
        p.put("mail.smtp.sendpartial", "true");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", String.valueOf(hop.tls().requiresTls()));
        ServerIdentity identity = hop.tlsDomain().filter(d -> hop.tls() == org.mailflowsim.topology.TlsMode.DOMAIN_VALIDATION)
                .map(ServerIdentity::expecting).orElseGet(ServerIdentity::anyTrusted);
        identity.applyTo(p);
        CapturingSslSocketFactory ssl = new CapturingSslSocketFactory(StartTlsSockets.clientFactory(
                lab.tls().clientContext(node.name(), hop.clientCertificate())));
        return SmtpConnection.open(p, ssl);
    }

    /** The first node that owns an address of one of the hop's hosts, in the hop's order. */
    private Optional<Node> resolve(NextHop hop) {
        for (String host : hop.hosts()) {
            for (InetAddress ip : lab.dns().addresses(host)) {
                Optional<Node> n = lab.nodeWithPublicIp(ip);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    private EndState unreachable(NextHop hop) {
        boolean anyAddress = hop.hosts().stream().anyMatch(h -> !lab.dns().addresses(h).isEmpty());
        if (!anyAddress) {
            return EndState.withCode(EndStateKind.REJECTED, node.name(),
                    "550 5.4.4 Host or domain name not found: " + String.join(", ", hop.hosts()),
                    "no address record for the next hop (" + hop.describe() + ")");
        }
        return EndState.withCode(EndStateKind.DEFERRED, node.name(),
                "451 4.4.1 No simulated node listens at the address of " + String.join(", ", hop.hosts()),
                "the next hop's address belongs to no node of the topology");
    }

    private static String connectFailure(NextHop hop, MessagingException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("STARTTLS is required")) {
            return "450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]";
        }
        if (text.contains("server identity") || String.valueOf(e.getCause()).contains("server identity")) {
            return "450 4.4.317 Cannot connect to remote server [Message=SubjectMismatch Expected Subject: "
                    + hop.tlsDomain().orElse("?") + "]";
        }
        return "451 4.4.316 Connection failed: " + text;
    }

    private void endAll(QueuedMessage m, List<String> recipients, EndState state) {
        recipients.forEach(r -> journal.end(m.traceId(), r, state));
    }

    long connectionsOpened() {
        return pool.opened();
    }

    @Override
    public void close() {
        pool.close();
    }
}
