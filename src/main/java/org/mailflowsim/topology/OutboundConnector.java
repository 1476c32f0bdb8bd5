package org.mailflowsim.topology;

import java.util.List;
import java.util.Optional;

/**
 * An outbound connector (Exchange Online, PS-OUT) or send connector (Exchange Server, where
 * {@code recipientDomains} are its address spaces). No smart hosts means the next hop is found by MX.
 * {@code tlsCertificateName} is the certificate the sending node presents on this connector (on-prem
 * TlsCertificateName); when absent an Exchange Server presents none. {@code routeAllViaOnPremises} is
 * centralized mail transport (PS-OUT RouteAllMessagesViaOnPremises). {@code senderRewritingEnabled} rewrites
 * the envelope sender of relayed mail with SRS (PS-OUT SenderRewritingEnabled; domain.md §13 rule 30).
 */
public record OutboundConnector(String name, ConnectorType type, List<String> recipientDomains,
                                boolean allAcceptedDomains, List<String> smartHosts, TlsMode tls,
                                Optional<String> tlsDomain, Optional<String> tlsCertificateName,
                                boolean routeAllViaOnPremises, boolean senderRewritingEnabled, SourceRef source) {
    public OutboundConnector {
        recipientDomains = recipientDomains.stream().map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList();
        smartHosts = smartHosts.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
        tlsDomain = tlsDomain.map(d -> d.toLowerCase(java.util.Locale.ROOT));
        tlsCertificateName = tlsCertificateName.map(d -> d.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean usesMx() {
        return smartHosts.isEmpty();
    }
}
