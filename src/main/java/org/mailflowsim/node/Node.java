package org.mailflowsim.node;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mailflowsim.node.tls.StartTlsSockets;
import org.mailflowsim.policy.NodePolicy;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.trace.MessageKind;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;

/**
 * One running party: a SubEtha SMTP server on the node's own loopback address (receive), its policy (decide),
 * a bounded worker pool (queue) and a delivery agent with pooled connections (deliver).
 */
public final class Node {
    static final String TRACE_HEADER = "X-Mailflow-Trace";
    /**
     * Worker threads per node. A worker spends most of a hop blocked on the next node's replies, but on two cores
     * more threads mostly mean more context switches: `mailflow bench` measured 1 and 2 workers at ~600 µs CPU per
     * hop, 4 at ~700 (and 8 worse), with throughput alike or better. Two keep a node sending in parallel. No
     * worker ever waits for another node's worker (only for its SMTP session thread), so any count is deadlock-free.
     */
    private static final int WORKERS = 2;

    private final NodeSpec spec;
    private final Lab lab;
    private final NodePolicy policy;
    private final InetAddress loopback;
    private final ReceiverLog receiverLog = new ReceiverLog();
    private final AtomicLong queueIds = new AtomicLong();
    private final String queueIdPrefix;
    private final ExecutorService workers;
    private final Dispatcher dispatcher;
    private final DeliveryAgent delivery;
    private SMTPServer server;

    Node(NodeSpec spec, Lab lab, NodePolicy policy, InetAddress loopback) {
        this.spec = spec;
        this.lab = lab;
        this.policy = policy;
        this.loopback = loopback;
        this.queueIdPrefix = spec.name().toUpperCase(java.util.Locale.ROOT) + "-";
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> daemon(r, "node-" + spec.name()));
        this.delivery = new DeliveryAgent(this, lab);
        this.dispatcher = new Dispatcher(this, lab.journal(), delivery);
    }

    void start(int port) {
        SMTPServer.Builder b = SMTPServer.port(port).bindAddress(loopback).hostName(spec.hostname())
                .softwareName("mailflow-sim").insertReceivedHeaders(false)
                .maxRecipients(spec.limits().maxRecipients()).maxMessageSize(spec.limits().maxMessageBytes())
                .connectionTimeout(30, TimeUnit.SECONDS)
                .messageHandlerFactory(ctx -> new InboundTransaction(this, ctx))
                .sessionHandler(new ForgetOnEnd())
                .serverSocketFactory(StartTlsSockets.bufferedServerSockets());
        if (spec.certificate().isPresent()) {
            b.enableTLS(true).startTlsSocketFactory(StartTlsSockets.serverCreator(lab.tls().serverContext(spec.name())));
        }
        server = b.build();
        server.start();
    }

    /** Closes the node's idle client connections (QUIT), while every peer still runs and can answer. */
    void closeConnections() {
        delivery.close();
    }

    void stop() {
        if (server != null) {
            server.stop();
        }
        workers.shutdownNow();
        delivery.close();
    }

    public NodeSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    InetAddress loopback() {
        return loopback;
    }

    int port() {
        return server.getPortAllocated();
    }

    NodePolicy policy() {
        return policy;
    }

    ReceiverLog receiverLog() {
        return receiverLog;
    }

    /** The public address a loopback peer stands for (an unknown peer keeps its own address). */
    InetAddress publicIpOf(InetAddress peerLoopback) {
        return lab.nodeAtLoopback(peerLoopback).map(n -> n.spec.publicIp()).orElse(peerLoopback);
    }

    /** Takes a message received over SMTP: stamps this hop's Received header and queues it. */
    String accept(String mailFrom, List<String> recipients, RawMessage message, Provenance.Received provenance,
                  ReceiverView view) {
        String queueId = nextQueueId();
        String traceId = message.header(TRACE_HEADER).orElseGet(() -> lab.journal().open("unnamed message",
                MessageKind.ORIGINAL, Optional.empty(), name(), mailFrom, recipients));
        view.hopSlot = Optional.of(lab.journal().reserveHop(traceId));
        RawMessage stamped = message.prepend(receivedHeader(provenance, queueId, recipients));
        enqueue(new QueuedMessage(queueId, traceId, mailFrom, recipients, stamped, provenance));
        return queueId;
    }

    /** Takes a message from one of this node's own users, or one it generated itself (a forward). */
    void submit(String traceId, String mailFrom, List<String> recipients, RawMessage message, Provenance provenance) {
        enqueue(new QueuedMessage(nextQueueId(), traceId, mailFrom, recipients, message, provenance));
    }

    private void enqueue(QueuedMessage m) {
        lab.journal().begin();
        workers.execute(() -> {
            try {
                dispatcher.process(m);
            } finally {
                lab.journal().finish();
            }
        });
    }

    /** RFC 5321 §4.4 trace field with the simulated names and public addresses. */
    private String receivedHeader(Provenance.Received p, String queueId, List<String> recipients) {
        Optional<Node> peer = lab.nodeWithPublicIp(p.session().peerIp());
        String peerName = peer.map(n -> n.spec.hostname()).orElse("unknown");
        String rcpt = recipients.size() == 1 ? " for <" + recipients.get(0) + ">" : "";
        return "Received: from " + p.session().helo() + " (" + peerName + " [" + p.session().peerIp().getHostAddress()
                + "]) by " + spec.hostname() + " (" + spec.publicIp().getHostAddress() + ") with "
                + (p.session().tls() ? "ESMTPS" : "ESMTP") + " id " + queueId + rcpt + "; " + lab.rfc1123Now();
    }

    long connectionsOpened() {
        return delivery.connectionsOpened();
    }

    String nextQueueId() {
        return queueIdPrefix + queueIds.incrementAndGet();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Drops the receiver's notes on a connection once the client has gone. */
    private final class ForgetOnEnd implements SessionHandler {
        @Override
        public SessionAcceptance accept(Session session) {
            // The client sets TCP_NODELAY on its end; the greeting, EHLO and STARTTLS exchange runs on this plain
            // socket before the STARTTLS creator sets it again on the TLS layer (libraries.md §7).
            try {
                session.getSocket().setTcpNoDelay(true);
            } catch (java.net.SocketException e) {
                // The client already went away: the session ends by itself.
            }
            return SessionAcceptance.success();
        }

        @Override
        public void onSessionEnd(Session session) {
            receiverLog.forget(InboundTransaction.clientKey(session.getRemoteAddress()));
        }
    }
}
