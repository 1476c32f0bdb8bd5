package org.mailflowsim.property;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mailflowsim.node.FaultPlan;
import org.mailflowsim.policy.SpamFilter;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Topology;

/** One generated world: a topology, the messages to send into it, faults, and how far simulated time may run. */
record World(long seed, Topology topology, List<Message> messages, List<Fault> faults, Duration horizon) {

    /**
     * A message submitted at node {@code at}, {@code sendAt} after the start ({@code from} "" is the null sender);
     * {@code spam} puts the GTUBE string in its body; {@code connectTo} is a host its first hop goes to, ignoring MX.
     */
    record Message(String name, String at, String from, List<String> to, Duration sendAt, boolean spam,
                   Optional<String> connectTo) {
        String body() {
            return "property test " + name + (spam ? "\n" + SpamFilter.GTUBE : "");
        }
    }

    /** A fault of a node during {@code [from, until)} of simulated time. */
    record Fault(String node, FaultPlan.NodeFault.Kind kind, Duration from, Duration until, Optional<Duration> delay) {
        boolean activeAt(Duration elapsed) {
            return elapsed.compareTo(from) >= 0 && elapsed.compareTo(until) < 0;
        }
    }

    FaultPlan faultPlan() {
        return (node, elapsed) -> faults.stream().filter(f -> f.node().equals(node) && f.activeAt(elapsed)).findFirst()
                .map(f -> new FaultPlan.NodeFault(f.kind(), Optional.empty(), f.delay()));
    }

    /** The highest hop limit of any node: no copy can travel further than this (plus the hop that is refused). */
    int maxHopCount() {
        return topology.nodes().stream().mapToInt(n -> n.limits().maxHopCount()).max().orElseThrow();
    }

    /** A compact description, enough to see what the world was when a seed fails. */
    String describe() {
        StringBuilder b = new StringBuilder("world of seed " + seed + " (horizon " + horizon + ")\n");
        for (NodeSpec n : topology.nodes()) {
            b.append("  ").append(n.name()).append(' ').append(n.role().yamlName()).append(' ').append(n.hostname())
                    .append(' ').append(n.ips().stream().map(i -> i.getHostAddress()).toList())
                    .append(" cert=").append(n.certificate().map(c -> c.allNames().toString()).orElse("none"))
                    .append(" hops≤").append(n.limits().maxHopCount())
                    .append(" retry=").append(n.retry().map(r -> r.intervals() + "/" + r.lifetime()).orElse("default"))
                    .append(" autoForwarding=").append(n.autoForwardingMode().yamlName())
                    .append(" spam=").append(n.spamFilter().yamlName()).append(" spf=").append(spf(n)).append('\n')
                    .append("    domains ").append(n.acceptedDomains().stream()
                            .map(d -> d.domain() + "(" + d.type().yamlName() + ")").toList()).append('\n')
                    .append("    mailboxes ").append(n.mailboxes().stream().map(World::mailbox).toList()).append('\n');
            n.mailUsers().forEach(u -> b.append("    mailUser ").append(u.address()).append(" → ")
                    .append(u.externalAddress()).append('\n'));
            n.remoteMailboxes().forEach(r -> b.append("    remoteMailbox ").append(r.address()).append(" → ")
                    .append(r.routingAddress()).append('\n'));
            n.inboundConnectors().forEach(c -> b.append("    in ").append(inbound(c)).append('\n'));
            n.outboundConnectors().forEach(c -> b.append("    out ").append(outbound(c)).append('\n'));
        }
        b.append("  dns ").append(topology.dns().stream().map(r -> r.name() + " " + r.type() + " " + r.value())
                .collect(Collectors.joining("; "))).append('\n');
        faults.forEach(f -> b.append("  fault ").append(f).append('\n'));
        messages.forEach(m -> b.append("  message ").append(m.name()).append(" at ").append(m.at()).append(" from <")
                .append(m.from()).append("> to ").append(m.to()).append(" sendAt ").append(m.sendAt())
                .append(m.spam() ? " GTUBE" : "").append(m.connectTo().map(h -> " connectTo " + h).orElse(""))
                .append('\n'));
        return b.toString();
    }

    private static String mailbox(Mailbox m) {
        return m.address() + (m.aliases().isEmpty() ? "" : " aka " + m.aliases())
                + m.forwardTo().map(f -> " → " + f + (m.keepCopy() ? " (keep)" : " (no copy)")).orElse("");
    }

    private static String inbound(InboundConnector c) {
        return c.name() + " " + c.type().yamlName() + c.certificateName().map(n -> " cert=" + n).orElse("")
                + (c.senderIps().isEmpty() ? "" : " ips=" + c.senderIps()) + (c.requireTls() ? " requireTls" : "")
                + (c.senderDomains().isEmpty() ? "" : " senderDomains=" + c.senderDomains())
                + (c.restrictDomainsToCertificate() ? " restrictToCert" : "")
                + (c.restrictDomainsToIps() ? " restrictToIps" : "")
                + c.enhancedFiltering().map(e -> " EF(skipLastIp=" + e.skipLastIp() + " skipIps=" + e.skipIps()
                        + " users=" + e.users() + ")").orElse("");
    }

    private static String spf(NodeSpec n) {
        return n.spf().check() ? "check" + (n.spf().reject().isEmpty() ? "" : " reject" + n.spf().reject().stream()
                .map(SpfResult::rfcName).sorted().toList()) : "off";
    }

    private static String outbound(OutboundConnector c) {
        return c.name() + " " + c.type().yamlName() + " " + c.recipientDomains()
                + (c.allAcceptedDomains() ? " +allAccepted" : "")
                + (c.usesMx() ? " by MX" : " smartHosts=" + c.smartHosts()) + " tls=" + c.tls().yamlName()
                + c.tlsDomain().map(d -> "(" + d + ")").orElse("")
                + c.tlsCertificateName().map(n -> " presents=" + n).orElse("")
                + (c.routeAllViaOnPremises() ? " routeAllViaOnPremises" : "")
                + (c.senderRewritingEnabled() ? " srs" : "");
    }
}
