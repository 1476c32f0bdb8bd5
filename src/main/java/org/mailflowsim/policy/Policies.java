package org.mailflowsim.policy;

import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.NodeSpec;

/** The policy a node's role calls for. */
public final class Policies {
    private Policies() {
    }

    public static NodePolicy forNode(NodeSpec node, SimulatedDns dns, java.time.Clock clock) {
        return switch (node.role()) {
            case INTERNET -> new InternetPolicy(node, dns);
            case THIRD_PARTY_FILTER -> new ThirdPartyFilterPolicy(node, dns);
            case EXCHANGE_ONLINE -> new ExchangeOnlinePolicy(node, dns, clock);
            case EXCHANGE_SERVER -> new ExchangeServerPolicy(node, dns);
        };
    }
}
