package org.mailflowsim.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.Topology;

/** Finds the YAML element a finding should point at. */
final class Sources {
    private Sources() {
    }

    static List<NodeSpec> nodes(Topology topology, Role role) {
        return topology.nodes().stream().filter(n -> n.role() == role).toList();
    }

    static Optional<OutboundConnector> outboundConnector(NodeSpec node, String name) {
        return node.outboundConnectors().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The first TXT record of {@code domain} that is an SPF record (RFC 7208 §4.5: starts with "v=spf1"). */
    static Optional<DnsRecord> spfRecord(Topology topology, String domain) {
        return topology.dns().stream()
                .filter(r -> r.type() == DnsRecord.DnsType.TXT && r.name().equals(domain))
                .filter(r -> r.value().toLowerCase(Locale.ROOT).startsWith("v=spf1")).findFirst();
    }

    /** Where {@code domain} is configured on {@code node}: its accepted-domain entry, else the node. */
    static SourceRef acceptedDomain(NodeSpec node, String domain) {
        return node.acceptedDomain(domain).map(d -> d.source()).orElse(node.source());
    }
}
