package org.mailflowsim.policy;

import org.mailflowsim.topology.InboundConnector;

/** An inbound connector that identified the calling server, and how. */
public record ConnectorMatch(InboundConnector connector, By by) {
    public enum By { CERTIFICATE, IP }

    public String describe() {
        return "'" + connector.name() + "' (" + connector.type().yamlName() + ", by "
                + (by == By.CERTIFICATE ? "certificate" : "IP") + ")";
    }
}
