package org.mailflowsim.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.mailflowsim.auth.CachingSpfEvaluator;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.spf.SpfEvaluator;
import org.mailflowsim.policy.Policies;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.Journal;
import org.mailflowsim.trace.MessageKind;

/**
 * One running topology: a node per topology node, each on its own loopback address in a block of 127.0.0.0/8
 * chosen at random (so parallel runs do not collide), all on one port. Maps loopback ⇄ node ⇄ public IPs.
 */
public final class Lab implements AutoCloseable {
    static final int PORT = 2525;
    private static final int ATTEMPTS = 8;

    private final Topology topology;
    private final Journal journal;
    private final SimClock clock;
    private final Scheduler scheduler = new Scheduler();
    private final FaultPlan faults;
    private final SimulatedDns dns;
    private final LabTls tls;
    /** One SPF evaluator for the whole run: the DNS does not change, so neither do its verdicts. */
    private final CachingSpfEvaluator spf;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    /** The first node (in topology order) owning each public address, and each node by its loopback address. */
    private final Map<InetAddress, Node> byPublicIp = new ConcurrentHashMap<>();
    private final Map<InetAddress, Node> byLoopback = new ConcurrentHashMap<>();
    /** The RFC 1123 date of the current second: formatting it is costly, and every hop stamps one. */
    private volatile Stamp stamp;

    private record Stamp(long second, String text) {
    }

    private Lab(Topology topology, Journal journal, SimClock clock, FaultPlan faults) {
        this.topology = topology;
        this.journal = journal;
        this.clock = clock;
        this.faults = faults;
        this.dns = SimulatedDns.of(topology);
        this.tls = new LabTls(topology);
        this.spf = new CachingSpfEvaluator(new SpfEvaluator(dns));
    }

    /** Starts every node; tries another loopback block when an address is taken. */
    public static Lab start(Topology topology, Journal journal) {
        return start(topology, journal, new SimClock(), FaultPlan.NONE);
    }

    public static Lab start(Topology topology, Journal journal, SimClock clock, FaultPlan faults) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Lab lab = new Lab(topology, journal, clock, faults);
            try {
                lab.bind(ThreadLocalRandom.current().nextInt(16, 250), ThreadLocalRandom.current().nextInt(0, 256));
                return lab;
            } catch (RuntimeException e) {
                lab.close();
                last = e;
            }
        }
        throw new IllegalStateException("could not bind the nodes to loopback addresses", last);
    }

    private void bind(int second, int third) {
        int host = 1;
        for (NodeSpec spec : topology.nodes()) {
            InetAddress loopback = loopback(second, third, host++);
            Node node = new Node(spec, this, Policies.forNode(spec, dns, clock), loopback);
            nodes.put(spec.name(), node);
            spec.ips().forEach(ip -> byPublicIp.putIfAbsent(ip, node));
            byLoopback.put(loopback, node);
            node.start(PORT);
        }
    }

    private static InetAddress loopback(int second, int third, int host) {
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) second, (byte) third, (byte) host});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Submits a message at a node as one of its users would, and returns its trace id. {@code from} may be
     * {@code ""}, the null reverse-path.
     */
    public String inject(String name, String nodeName, String from, List<String> to, String subject, String body) {
        return inject(name, nodeName, from, to, subject, body, Optional.empty());
    }

    /**
     * As {@link #inject(String, String, String, List, String, String)}; with {@code connectTo}, the node ignores MX
     * for the first hop and connects straight to that host, as a spammer or a misconfigured sender does.
     */
    public String inject(String name, String nodeName, String from, List<String> to, String subject, String body,
                         Optional<String> connectTo) {
        Node node = node(nodeName);
        String id = journal.open(name, MessageKind.ORIGINAL, Optional.empty(), nodeName, from, to);
        String date = rfc1123Now();
        String text = "From: " + (from.isEmpty() ? "MAILER-DAEMON@" + node.spec().hostname() : from) + "\r\n"
                + "To: " + String.join(", ", to) + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: " + date + "\r\n"
                + "Message-ID: <" + id + "." + node.nextQueueId() + "@" + node.spec().hostname() + ">\r\n"
                + Node.TRACE_HEADER + ": " + id + "\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
        node.submit(id, from, to, RawMessage.of(text), Provenance.submitted(), connectTo);
        return id;
    }

    public Node node(String name) {
        Node n = nodes.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no node named " + name);
        }
        return n;
    }

    public Topology topology() {
        return topology;
    }

    public Journal journal() {
        return journal;
    }

    public SimClock clock() {
        return clock;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    FaultPlan faults() {
        return faults;
    }

    /** Submits a message at a later moment of simulated time (a simulation's {@code sendAt}). */
    public void injectAt(Duration sendAt, String name, String nodeName, String from, List<String> to, String subject,
                         String body) {
        injectAt(sendAt, name, nodeName, from, to, subject, body, Optional.empty());
    }

    /** As {@link #injectAt(Duration, String, String, String, List, String, String)}, with a first-hop host. */
    public void injectAt(Duration sendAt, String name, String nodeName, String from, List<String> to, String subject,
                         String body, Optional<String> connectTo) {
        if (sendAt.isZero()) {
            inject(name, nodeName, from, to, subject, body, connectTo);
        } else {
            scheduler.at(SimClock.EPOCH.plus(sendAt), () -> inject(name, nodeName, from, to, subject, body, connectTo));
        }
    }

    /**
     * When the lab is idle: moves the clock to the next scheduled moment, if there is one before {@code horizon}
     * (simulated time since the start), and releases the work due then. Returns whether it did.
     */
    public boolean advance(Duration horizon) {
        Optional<Instant> next = scheduler.next();
        if (next.isEmpty() || next.get().isAfter(SimClock.EPOCH.plus(horizon))) {
            return false;
        }
        clock.advanceTo(next.get());
        scheduler.due(next.get()).forEach(Runnable::run);
        return true;
    }

    /** The run reached its horizon: what still waits for a retry ends deferred; nothing else is released. */
    public void stopAtHorizon() {
        scheduler.clear();
        nodes.values().forEach(Node::deferAtHorizon);
    }

    CachingSpfEvaluator spf() {
        return spf;
    }

    SimulatedDns dns() {
        return dns;
    }

    LabTls tls() {
        return tls;
    }

    /** The lab clock's current time as an RFC 1123 date (what Date: and Received: carry), per second. */
    String rfc1123Now() {
        Instant now = clock.instant();
        Stamp s = stamp;
        if (s == null || s.second() != now.getEpochSecond()) {
            s = new Stamp(now.getEpochSecond(),
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now, clock.getZone())));
            stamp = s;
        }
        return s.text();
    }

    Optional<Node> nodeWithPublicIp(InetAddress ip) {
        return Optional.ofNullable(byPublicIp.get(ip));
    }

    Optional<Node> nodeAtLoopback(InetAddress loopback) {
        return Optional.ofNullable(byLoopback.get(loopback));
    }

    /** SMTP client connections the nodes have opened so far (successful connects, all nodes). */
    public long connectionsOpened() {
        return nodes.values().stream().mapToLong(Node::connectionsOpened).sum();
    }

    @Override
    public void close() {
        // Clients first, then servers. A server that closes a TLS 1.3 session waits (up to the read timeout,
        // 30 s) for the peer's close_notify, and an idle pooled client connection never reads to send one.
        nodes.values().forEach(Node::closeClients);
        nodes.values().forEach(Node::stopServer);
    }
}
