package org.mailflowsim.node;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mailflowsim.auth.SpfReceiver;
import org.mailflowsim.node.tls.StartTlsSockets;
import org.mailflowsim.policy.NodePolicy;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
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
    private final SpfReceiver spf;
    private final InetAddress loopback;
    private final ReceiverLog receiverLog = new ReceiverLog();
    private final MailboxStore mailboxes = new MailboxStore();
    private final AtomicLong queueIds = new AtomicLong();
    private final String queueIdPrefix;
    /** What this node accepted while slow and holds until its delay has passed. */
    private final Set<QueuedMessage> held = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final Dispatcher dispatcher;
    private final Bouncer bouncer;
    private final RetryQueue retries;
    private final DeliveryAgent delivery;
    private SMTPServer server;

    Node(NodeSpec spec, Lab lab, NodePolicy policy, InetAddress loopback) {
        this.spec = spec;
        this.lab = lab;
        this.policy = policy;
        this.spf = new SpfReceiver(spec, lab.spf());
        this.loopback = loopback;
        this.queueIdPrefix = spec.name().toUpperCase(java.util.Locale.ROOT) + "-";
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> daemon(r, "node-" + spec.name()));
        this.bouncer = new Bouncer(this, lab.journal());
        this.delivery = new DeliveryAgent(this, lab);
        this.retries = new RetryQueue(this);
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

    /** First half of a shutdown: stop working and close this node's client connections (QUIT, close_notify). */
    void closeClients() {
        workers.shutdownNow();
        delivery.close();
    }

    /**
     * Second half, once every node has closed its clients: stop the server. In the other order a server closing
     * an idle TLS session waits for the client's close_notify for up to the read timeout (JDK SSLSocket.close).
     */
    void stopServer() {
        if (server != null) {
            server.stop();
        }
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

    SpfReceiver spf() {
        return spf;
    }

    Bouncer bouncer() {
        return bouncer;
    }

    SimClock clock() {
        return lab.clock();
    }

    Scheduler scheduler() {
        return lab.scheduler();
    }

    RetryQueue retries() {
        return retries;
    }

    /** The fault this node suffers now, if the simulation declared one. */
    /** The fault of this kind this node suffers now, if the simulation declared one. */
    Optional<FaultPlan.NodeFault> fault(FaultPlan.NodeFault.Kind kind) {
        return lab.faults().active(name(), lab.clock().elapsed()).filter(f -> f.kind() == kind);
    }

    /** A deferred leg's next attempt, on a worker like any queued work. */
    void retry(RetryQueue.Leg leg) {
        lab.journal().begin();
        workers.execute(() -> {
            try {
                delivery.retry(leg);
            } finally {
                lab.journal().finish();
            }
        });
    }

    void deferAtHorizon() {
        retries.drainAtHorizon().forEach(leg -> leg.recipients().forEach(r -> lab.journal().end(
                leg.message().traceId(), r, RetryQueue.deferredAtHorizon(leg, name()))));
        List<QueuedMessage> holding = List.copyOf(held);
        held.removeAll(holding);
        holding.forEach(m -> m.recipients().forEach(r -> lab.journal().end(m.traceId(), r, new EndState(
                EndStateKind.DEFERRED, name(), Optional.empty(), Optional.empty(), "accepted, and still held by "
                + name() + " (slow, a fault the simulation declared) when the run reached its horizon",
                Optional.empty()))));
    }

    ReceiverLog receiverLog() {
        return receiverLog;
    }

    MailboxStore mailboxes() {
        return mailboxes;
    }

    /** The last messages delivered to a mailbox of this node (a bounded window), oldest first. */
    public List<DeliveredMessage> mailbox(String address) {
        return mailboxes.contents(address.toLowerCase(java.util.Locale.ROOT));
    }

    /** The public address a loopback peer stands for (an unknown peer keeps its own address). */
    InetAddress publicIpOf(InetAddress peerLoopback) {
        return lab.nodeAtLoopback(peerLoopback).map(n -> n.spec.publicIp()).orElse(peerLoopback);
    }

    /** Takes a message received over SMTP: stamps this hop's trace fields (Received, SPF) and queues it. */
    String accept(String mailFrom, List<String> recipients, RawMessage message, Provenance.Received provenance,
                  ReceiverView view, List<String> authenticationHeaders) {
        String queueId = nextQueueId();
        String traceId = traceIdOf(message, mailFrom, recipients, view);
        // Authentication results go above this hop's Received field (RFC 7208 §9.1).
        List<String> stampFields = new java.util.ArrayList<>(authenticationHeaders);
        stampFields.add(receivedHeader(provenance, queueId, recipients));
        RawMessage stamped = message.prepend(String.join("\r\n", stampFields));
        QueuedMessage queued = new QueuedMessage(queueId, traceId, mailFrom, recipients, stamped, provenance);
        Optional<java.time.Duration> slow = fault(FaultPlan.NodeFault.Kind.SLOW)
                .flatMap(FaultPlan.NodeFault::delay);
        if (slow.isPresent()) {
            // A slow node holds what it accepted: it is handled later in simulated time (or ends at the horizon).
            held.add(queued);
            scheduler().at(clock().instant().plus(slow.get()), () -> {
                if (held.remove(queued)) {
                    enqueue(queued);
                }
            });
        } else {
            enqueue(queued);
        }
        return queueId;
    }

    /**
     * Takes a message over SMTP only to hold it in quarantine (spam): every recipient ends here, quarantined, and
     * nothing is queued, delivered or bounced.
     */
    String quarantine(String mailFrom, List<String> recipients, RawMessage message, ReceiverView view, String reason) {
        String traceId = traceIdOf(message, mailFrom, recipients, view);
        EndState held = new EndState(EndStateKind.QUARANTINED, name(), Optional.empty(), Optional.empty(),
                reason, Optional.empty());
        recipients.forEach(r -> lab.journal().end(traceId, r, held));
        return nextQueueId();
    }

    /** The message's trace id (a message from outside the lab gets one), with the receiver's hop slot kept in it. */
    private String traceIdOf(RawMessage message, String mailFrom, List<String> recipients, ReceiverView view) {
        String traceId = message.header(TRACE_HEADER).orElseGet(() -> lab.journal().open("unnamed message",
                MessageKind.ORIGINAL, Optional.empty(), name(), mailFrom, recipients));
        view.hopSlot = Optional.of(lab.journal().reserveHop(traceId));
        return traceId;
    }

    /** Takes a message from one of this node's own users, or one it generated itself (a forward). */
    void submit(String traceId, String mailFrom, List<String> recipients, RawMessage message, Provenance provenance) {
        submit(traceId, mailFrom, recipients, message, provenance, Optional.empty());
    }

    /** As {@link #submit}, connecting straight to {@code connectTo} for the first hop when given (ignoring MX). */
    void submit(String traceId, String mailFrom, List<String> recipients, RawMessage message, Provenance provenance,
                Optional<String> connectTo) {
        enqueue(new QueuedMessage(nextQueueId(), traceId, mailFrom, recipients, message, provenance, connectTo));
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
            Optional<FaultPlan.NodeFault> down = fault(FaultPlan.NodeFault.Kind.DOWN);
            if (down.isPresent()) {
                return SessionAcceptance.failure(down.get().code(), down.get().text());
            }
            return SessionAcceptance.success();
        }

        @Override
        public void onSessionEnd(Session session) {
            receiverLog.forget(InboundTransaction.clientKey(session.getRemoteAddress()));
        }
    }
}
