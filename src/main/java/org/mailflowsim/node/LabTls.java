package org.mailflowsim.node;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.mailflowsim.node.tls.LabPki;
import org.mailflowsim.node.tls.NodeIdentity;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;

/** The TLS material of one run: a fresh private CA and one certificate per node that names one (design.md §3). */
final class LabTls {
    private final LabPki pki = LabPki.create();
    private final Map<String, NodeIdentity> identities = new HashMap<>();

    LabTls(Topology topology) {
        for (NodeSpec n : topology.nodes()) {
            n.certificate().ifPresent(c -> identities.put(n.name(), pki.issue(n.name(), c)));
        }
    }

    SSLContext serverContext(String node) {
        return identities.get(node).serverContext();
    }

    /**
     * The context a node sends with: presenting its certificate when the next hop says so (and it has one),
     * otherwise trusting the lab CA without presenting anything.
     */
    SSLContext clientContext(String node, Optional<String> presentCertificate) {
        NodeIdentity id = identities.get(node);
        if (id == null || presentCertificate.isEmpty()) {
            return pki.anonymousClientContext();
        }
        return id.clientContext(true);
    }
}
