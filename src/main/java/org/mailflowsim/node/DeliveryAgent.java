package org.mailflowsim.node;

import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocketFactory;
import org.mailflowsim.node.tls.ServerIdentity;
import org.mailflowsim.node.tls.StartTlsSockets;
import org.mailflowsim.policy.NextHop;
import org.mailflowsim.policy.Verdict;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.TlsMode;
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

    void send(QueuedMessage m, String mailFrom, NextHop hop, List<String> recipients) {
        attempt(m, mailFrom, hop, recipients, Optional.empty());
    }

    /** The next attempt of a deferred leg (the retry queue calls it when its time has come). */
    void retry(RetryQueue.Leg leg) {
        attempt(leg.message(), leg.mailFrom(), leg.hop(), leg.recipients(), Optional.of(leg));
    }

    private void attempt(QueuedMessage m, String mailFrom, NextHop hop, List<String> recipients,
                         Optional<RetryQueue.Leg> previous) {
        Optional<Node> target = resolve(hop);
        if (target.isEmpty()) {
            EndState why = unreachable(hop);
            if (why.kind() == EndStateKind.DEFERRED) {
                node.retries().defer(m, mailFrom, hop, recipients, why.code().orElseThrow(), why.reason(), previous);
            } else {
                failAll(m, recipients, why, Optional.empty());
            }
            return;
        }
        // Exchange Online's front end takes mail from its own back end: a route that resolves to the tenant itself
        // (a connector using MX while MX points to EXO) goes round until the hop count fires (LOOPDOC, rule 17).
        // Other MTAs notice at once, as Postfix does ("mail for … loops back to myself").
        if (target.get() == node && node.spec().role() != Role.EXCHANGE_ONLINE) {
            failAll(m, recipients, EndState.withCode(EndStateKind.LOOPED, node.name(),
                    "554 5.4.6 mail for " + String.join(", ", hop.hosts()) + " loops back to myself",
                    "the next hop (" + hop.describe() + ") is this node itself"), Optional.empty());
            return;
        }
        PoolKey key = new PoolKey(target.get(), hop.clientCertificate(), hop.tls(), hop.tlsDomain());
        SmtpConnection c;
        try {
            c = pool.borrow(key, () -> open(target.get(), hop));
        } catch (MessagingException e) {
            Hop failed = new Hop(node.name(), target.get().name(), hop.connector(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), connectFailure(hop, e), recipients, hop.direct(), Optional.empty());
            journal.hop(m.traceId(), failed);
            node.retries().defer(m, mailFrom, hop, recipients, failed.reply(),
                    "could not open the SMTP session with " + target.get().name() + " (" + hop.describe() + ")",
                    previous);
            return;
        }
        boolean reused = c.reused();
        SendResult result = c.send(mailFrom, recipients, m.content());
        if (result.broken().isPresent() && reused) {
            // An idle pooled connection the peer closed meanwhile: one fresh attempt, as an MTA reconnects.
            c.close();
            try {
                c = open(target.get(), hop);
            } catch (MessagingException e) {
                node.retries().defer(m, mailFrom, hop, recipients, connectFailure(hop, e),
                        "could not reopen the SMTP session (" + hop.describe() + ")", previous);
                return;
            }
            result = c.send(mailFrom, recipients, m.content());
        }
        Optional<ReceiverView> view = target.get().receiverLog().take(c.clientKey());
        record(m, new Hop(node.name(), target.get().name(), hop.connector(),
                view.flatMap(v -> v.inboundConnector), c.tls(), c.serverCertificate(),
                view.flatMap(v -> v.clientCertificate), result.broken().orElse(result.reply()), recipients,
                hop.direct(), view.flatMap(v -> v.spf)), view);
        List<Failure> failures = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        String deferredReply = "";
        String deferredReason = "";
        for (var refused : result.refused().entrySet()) {
            EndState e = refusal(target.get(), refused.getKey(), refused.getValue(), view);
            if (e.kind() == EndStateKind.DEFERRED) {
                deferred.add(refused.getKey());
                deferredReply = refused.getValue();
                deferredReason = e.reason();
            } else {
                failures.add(new Failure(refused.getKey(), e.kind(), e.node(), refused.getValue(), e.reason(),
                        Optional.of(target.get().spec().hostname())));
            }
        }
        node.bouncer().fail(m, failures);
        // A refused transaction leaves a usable connection once reset: retries then cost no new TLS handshake.
        if (result.broken().isPresent() || (!result.refused().isEmpty() && !c.reset())) {
            c.close();
        } else {
            pool.giveBack(key, c);
        }
        if (result.broken().isPresent()) {
            deferred.addAll(result.accepted());
            deferredReply = "451 4.4.2 " + result.broken().get();
            deferredReason = "the SMTP conversation with " + target.get().name() + " broke off";
        }
        if (!deferred.isEmpty()) {
            node.retries().defer(m, mailFrom, hop, deferred, deferredReply, deferredReason, previous);
        }
    }

    /** Fills the hop slot the receiver kept (causal order), or appends when it kept none (nothing accepted). */
    private void record(QueuedMessage m, Hop hop, Optional<ReceiverView> view) {
        Optional<Integer> slot = view.flatMap(v -> v.hopSlot);
        if (slot.isPresent()) {
            journal.fillHop(m.traceId(), slot.get(), hop);
        } else {
            journal.hop(m.traceId(), hop);
        }
    }

    /** The end state of a refused recipient, explained by the receiver's own verdict when it left one. */
    private EndState refusal(Node target, String rcpt, String reply, Optional<ReceiverView> view) {
        Optional<Verdict.Refuse> verdict = view.flatMap(v -> Stream.of(
                        Optional.ofNullable(v.recipients.get(rcpt)), v.data, v.mailFrom)
                .flatMap(Optional::stream).filter(Verdict.Refuse.class::isInstance).map(Verdict.Refuse.class::cast)
                .findFirst());
        EndStateKind kind = reply.startsWith("4") ? EndStateKind.DEFERRED
                : verdict.map(Verdict.Refuse::outcome).orElse(EndStateKind.REJECTED);
        String reason = verdict.map(Verdict::reason).orElse("refused by " + target.name());
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
        ServerIdentity identity = hop.tls() == TlsMode.DOMAIN_VALIDATION && hop.tlsDomain().isPresent()
                ? ServerIdentity.expecting(hop.tlsDomain().get()) : ServerIdentity.anyTrusted();
        SSLSocketFactory tls = StartTlsSockets.clientFactory(lab.tls().clientContext(node.name(), hop.clientCertificate()));
        return SmtpConnection.open(p, tls, identity);
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
            return EndState.withCode(EndStateKind.BOUNCED, node.name(),
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

    /** A permanent failure at this node for all of a hop's recipients: bounced or dropped by the bouncer. */
    private void failAll(QueuedMessage m, List<String> recipients, EndState why, Optional<String> remoteMta) {
        node.bouncer().fail(m, recipients.stream().map(r -> new Failure(r, why.kind(), why.node(),
                why.code().orElseThrow(), why.reason(), remoteMta)).toList());
    }

    long connectionsOpened() {
        return pool.opened();
    }

    @Override
    public void close() {
        pool.close();
    }
}
