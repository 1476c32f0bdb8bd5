package org.mailflowsim.check;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.policy.NodePolicy;
import org.mailflowsim.policy.Policies;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;

/**
 * What every check reads: the topology, its DNS and each node's routing policy. The policies get a fixed
 * clock, so SRS addresses (which carry a timestamp) and therefore the static walks are reproducible.
 */
record CheckContext(Topology topology, SimulatedDns dns, Map<String, NodePolicy> policies) {
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    CheckContext {
        policies = Map.copyOf(policies);
    }

    static CheckContext of(Topology topology) {
        SimulatedDns dns = SimulatedDns.of(topology);
        Map<String, NodePolicy> policies = new LinkedHashMap<>();
        for (NodeSpec n : topology.nodes()) {
            policies.put(n.name(), Policies.forNode(n, dns, FIXED_CLOCK));
        }
        return new CheckContext(topology, dns, policies);
    }

    NodePolicy policy(NodeSpec node) {
        return policies.get(node.name());
    }
}
