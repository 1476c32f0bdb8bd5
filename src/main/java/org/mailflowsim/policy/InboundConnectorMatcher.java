package org.mailflowsim.policy;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.InboundConnector;

/**
 * Finds the inbound connector that identifies a session (domain.md §13 rule 2, PS-IN): a connector with a
 * certificate name matches a TLS client certificate carrying that name; one with sender IPs matches the peer
 * address. Certificate matches win over IP matches, as Exchange attributes by certificate first (MC1226222).
 * OnPremises connectors are tried before Partner ones: a Partner lock-down connector may coexist for the same
 * IP or certificate (rule 24, 3PC) and must not hide the OnPremises connector the relay rule needs (rule 3).
 */
public final class InboundConnectorMatcher {
    private InboundConnectorMatcher() {
    }

    public static Optional<ConnectorMatch> match(List<InboundConnector> connectors, SessionFacts session) {
        return match(connectors, session, ConnectorType.ON_PREMISES)
                .or(() -> match(connectors, session, ConnectorType.PARTNER));
    }

    private static Optional<ConnectorMatch> match(List<InboundConnector> all, SessionFacts session,
                                                  ConnectorType type) {
        List<InboundConnector> connectors = all.stream().filter(c -> c.type() == type).toList();
        for (InboundConnector c : connectors) {
            if (byCertificate(c, session)) {
                return Optional.of(new ConnectorMatch(c, ConnectorMatch.By.CERTIFICATE));
            }
        }
        for (InboundConnector c : connectors) {
            if (byIp(c, session)) {
                return Optional.of(new ConnectorMatch(c, ConnectorMatch.By.IP));
            }
        }
        return Optional.empty();
    }

    /** The session negotiated TLS with a client certificate carrying the connector's certificate name. */
    static boolean byCertificate(InboundConnector c, SessionFacts session) {
        return c.certificateName().isPresent() && session.tls()
                && CertificateNames.anyMatches(c.certificateName().get(), session.clientCertificateNames());
    }

    /** The session comes from one of the connector's sender IPs. */
    static boolean byIp(InboundConnector c, SessionFacts session) {
        for (var range : c.senderIps()) {
            if (range.contains(session.peerIp())) {
                return true;
            }
        }
        return false;
    }
}
