package org.mailflowsim.topology;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A whole scenario as the user configured it: nodes and the public DNS. Immutable; validated on load. */
public record Topology(String name, String title, Path file, List<NodeSpec> nodes, List<DnsRecord> dns) {
    public Topology {
        nodes = List.copyOf(nodes);
        dns = List.copyOf(dns);
    }

    public Optional<NodeSpec> node(String nodeName) {
        return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst();
    }

    /** The node that owns a public IP address, if any. */
    public Optional<NodeSpec> nodeWithIp(java.net.InetAddress ip) {
        return nodes.stream().filter(n -> n.ips().contains(ip)).findFirst();
    }
}
