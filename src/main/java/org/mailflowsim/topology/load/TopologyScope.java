package org.mailflowsim.topology.load;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import org.mailflowsim.topology.SourceRef;

/**
 * Cross-node references of one topology and its includes: node names are unique across all files, and no
 * public IP address belongs to two nodes (the receiver attributes a connection by its source address).
 */
final class TopologyScope {
    private record Owner(String node, SourceRef at) {
    }

    private final Problems problems;
    private final Map<String, SourceRef> nodes = new HashMap<>();
    private final Map<InetAddress, Owner> ips = new HashMap<>();

    TopologyScope(Problems problems) {
        this.problems = problems;
    }

    void node(Text name) {
        SourceRef first = nodes.putIfAbsent(name.value(), name.at());
        if (first != null) {
            problems.add(name.at(), "duplicate node name " + name.quoted() + "; first defined at "
                    + Where.first(first, name.at()));
        }
    }

    void ip(InetAddress ip, Text written, String node) {
        Owner first = ips.putIfAbsent(ip, new Owner(node, written.at()));
        if (first != null) {
            problems.add(written.at(), "IP address " + written.quoted() + " is already used by node '"
                    + first.node() + "' (" + Where.first(first.at(), written.at()) + ")");
        }
    }
}
