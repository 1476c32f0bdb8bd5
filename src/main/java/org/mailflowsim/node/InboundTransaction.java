package org.mailflowsim.node;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailflowsim.auth.SpfReceiver;
import org.mailflowsim.node.tls.PeerCertificates;
import org.mailflowsim.policy.InboundConnectorMatcher;
import org.mailflowsim.policy.MessageFacts;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.policy.SessionFacts;
import org.mailflowsim.policy.SpamFilter;
import org.mailflowsim.policy.Verdict;
import org.mailflowsim.spf.SpfVerdict;
import org.mailflowsim.topology.SpamFilterMode;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.Session;

/**
 * One SMTP mail transaction (MAIL … DATA) received by a node: asks the node's policy at RCPT and end of DATA,
 * stamps a Received header and queues the message. Who the client is comes from the TCP peer address and its
 * TLS certificate only (design.md §3), never from a header.
 */
final class InboundTransaction implements MessageHandler {
    private final Node node;
    private final Session session;
    private final ReceiverView view = new ReceiverView();
    private final List<String> accepted = new ArrayList<>();
    private Provenance.Received provenance;
    private String mailFrom = "";
    private Optional<SpfVerdict> spfAtMailFrom = Optional.empty();

    InboundTransaction(Node node, MessageContext context) {
        this.node = node;
        this.session = (Session) context;
    }

    @Override
    public void from(String from) throws RejectException {
        Optional<FaultPlan.NodeFault> down = node.fault(FaultPlan.NodeFault.Kind.DOWN);
        if (down.isPresent()) {
            // A node that went down while a pooled connection to it stayed open: the session ends now.
            throw new DropConnectionException(down.get().code(), down.get().text());
        }
        mailFrom = from; // case kept: a local part is case-sensitive (RFC 5321), and SRS addresses read "SRS="
        InetSocketAddress peer = session.getRemoteAddress();
        List<String> certNames = PeerCertificates.presentedNames(session);
        SessionFacts facts = new SessionFacts(node.publicIpOf(peer.getAddress()), session.isTLSStarted(), certNames,
                session.getHelo().orElse(""));
        provenance = new Provenance.Received(facts,
                InboundConnectorMatcher.match(node.spec().inboundConnectors(), facts));
        view.tls = facts.tls();
        view.clientCertificate = certNames.stream().findFirst();
        view.inboundConnector = provenance.connector().map(m -> m.describe());
        node.receiverLog().record(clientKey(peer), view);
        Verdict verdict = node.fault(FaultPlan.NodeFault.Kind.TEMPFAIL)
                .<Verdict>map(f -> Verdict.reject(f.code(), f.text(),
                        "the node is failing temporarily (a fault the simulation declared)"))
                .orElseGet(() -> node.policy().mailFrom(provenance, mailFrom));
        if (verdict instanceof Verdict.Accept) {
            spfAtMailFrom = node.spf().atMailFrom(provenance, mailFrom);
            view.spf = spfAtMailFrom.map(SpfReceiver::traced);
            verdict = spfAtMailFrom.flatMap(node.spf()::refusal).<Verdict>map(r -> r).orElse(verdict);
        }
        view.mailFrom = Optional.of(verdict);
        if (verdict instanceof Verdict.Refuse refuse) {
            throw new RejectException(refuse.code(), refuse.text());
        }
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        String rcpt = recipient.toLowerCase(Locale.ROOT);
        Verdict verdict = node.policy().recipient(provenance, mailFrom, rcpt);
        view.recipients.put(rcpt, verdict);
        if (verdict instanceof Verdict.Refuse refuse) {
            throw new RejectException(refuse.code(), refuse.text());
        }
        accepted.add(rcpt);
    }

    @Override
    public String data(InputStream in) throws RejectException, IOException {
        byte[] bytes = readBounded(in);
        RawMessage message = RawMessage.of(bytes);
        // The body is scanned only where a spam filter will read the answer: most nodes filter nothing.
        boolean gtube = node.spec().spamFilter() != SpamFilterMode.OFF && message.bodyContains(SpamFilter.GTUBE);
        MessageFacts facts = new MessageFacts(message.count("Received"), gtube);
        Verdict verdict = node.policy().endOfData(provenance, facts);
        view.data = Optional.of(verdict);
        if (verdict instanceof Verdict.Refuse refuse) {
            throw new RejectException(refuse.code(), refuse.text());
        }
        Optional<SpfReceiver.Stamp> spf = node.spf().atEndOfData(provenance, spfAtMailFrom, mailFrom,
                () -> message.headers("Received"), accepted);
        view.spf = spf.map(SpfReceiver.Stamp::check);
        String queueId = verdict instanceof Verdict.Quarantine q
                ? node.quarantine(mailFrom, accepted, message, view, q.reason())
                : node.accept(mailFrom, accepted, message, provenance, view,
                        spf.map(SpfReceiver.Stamp::headers).orElse(List.of()));
        return "2.6.0 <" + queueId + "@" + node.spec().hostname() + "> Queued mail for delivery";
    }

    /** Reads DATA up to the node's size limit, always draining the rest (libraries.md gotcha 8). */
    private byte[] readBounded(InputStream in) throws IOException, RejectException {
        int max = node.spec().limits().maxMessageBytes();
        byte[] bytes = readAtMost(in, max + 1);
        if (bytes.length > max) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            view.data = Optional.of(Verdict.reject(552, "5.3.4 Message size exceeds fixed maximum message size",
                    "message larger than this node's limit of " + max + " bytes"));
            throw new RejectException(552, "5.3.4 Message size exceeds fixed maximum message size");
        }
        return bytes;
    }

    /**
     * Up to {@code limit} bytes of the stream. Unlike {@code readNBytes(limit)}, which reads into 8 KiB pieces
     * whatever the size, the buffer starts small and doubles: most mail is a few KiB.
     */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] buf = new byte[Math.min(limit, 4096)];
        int n = 0;
        while (n < limit) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(limit, buf.length * 2L));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }

    @Override
    public void done() {
    }

    static String clientKey(InetSocketAddress peer) {
        return peer.getAddress().getHostAddress() + ":" + peer.getPort();
    }
}
