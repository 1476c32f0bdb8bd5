package org.mailflowsim.node;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mailflowsim.topology.Certificate;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.NodeLimits;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.RetryPolicy;
import org.mailflowsim.topology.SpfSettings;
import org.mailflowsim.topology.Topology;

/** One-line what-if edits of a loaded topology for tests: everything else stays as the file says. */
final class TopologyEdits {
    private TopologyEdits() {
    }

    static Topology node(Topology t, String name, UnaryOperator<NodeSpec> edit) {
        List<NodeSpec> nodes = t.nodes().stream().map(n -> n.name().equals(name) ? edit.apply(n) : n).toList();
        return new Topology(t.name(), t.title(), t.file(), nodes, t.dns());
    }

    static NodeSpec withCertificate(NodeSpec n, Optional<Certificate> certificate) {
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), certificate, n.acceptedDomains(), n.mailboxes(),
                n.mailUsers(), n.remoteMailboxes(), n.inboundConnectors(), n.outboundConnectors(), n.limits(),
                n.retry(), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source());
    }

    static NodeSpec withInbound(NodeSpec n, List<InboundConnector> inbound) {
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(),
                n.mailboxes(), n.mailUsers(), n.remoteMailboxes(), inbound, n.outboundConnectors(), n.limits(),
                n.retry(), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source());
    }

    static NodeSpec withOutbound(NodeSpec n, List<OutboundConnector> outbound) {
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(),
                n.mailboxes(), n.mailUsers(), n.remoteMailboxes(), n.inboundConnectors(), outbound, n.limits(),
                n.retry(), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source());
    }

    static NodeSpec withLimits(NodeSpec n, NodeLimits limits) {
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(),
                n.mailboxes(), n.mailUsers(), n.remoteMailboxes(), n.inboundConnectors(), n.outboundConnectors(), limits,
                n.retry(), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source());
    }

    static NodeSpec withRetry(NodeSpec n, RetryPolicy retry) {
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(),
                n.mailboxes(), n.mailUsers(), n.remoteMailboxes(), n.inboundConnectors(), n.outboundConnectors(),
                n.limits(), Optional.of(retry), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source());
    }

    static NodeSpec withSpf(NodeSpec n, SpfSettings spf) {
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(),
                n.mailboxes(), n.mailUsers(), n.remoteMailboxes(), n.inboundConnectors(), n.outboundConnectors(),
                n.limits(), n.retry(), n.autoForwardingMode(), n.spamFilter(), spf, n.source());
    }

    static OutboundConnector withTlsDomain(OutboundConnector c, String tlsDomain) {
        return new OutboundConnector(c.name(), c.type(), c.recipientDomains(), c.allAcceptedDomains(), c.smartHosts(),
                c.tls(), Optional.of(tlsDomain), c.tlsCertificateName(), c.routeAllViaOnPremises(),
                c.senderRewritingEnabled(), c.source());
    }
}
