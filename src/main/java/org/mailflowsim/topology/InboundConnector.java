package org.mailflowsim.topology;

import java.util.List;
import java.util.Optional;

/**
 * An inbound connector (Exchange Online) or receive connector (Exchange Server). It identifies the calling
 * server by TLS client certificate name ({@code certificateName}, PS-IN TlsSenderCertificateName, wildcards
 * like {@code *.contoso.com} allowed) or by source IP ({@code senderIps}). Partner connectors may scope
 * {@code senderDomains} and restrict those domains to the connector's certificate or IPs (PS-IN, 3PC).
 */
public record InboundConnector(String name, ConnectorType type, Optional<String> certificateName,
                               List<Cidr> senderIps, boolean requireTls, List<String> senderDomains,
                               boolean restrictDomainsToCertificate, boolean restrictDomainsToIps,
                               Optional<EnhancedFiltering> enhancedFiltering, SourceRef source) {
    public InboundConnector {
        certificateName = certificateName.map(c -> c.toLowerCase(java.util.Locale.ROOT));
        senderIps = List.copyOf(senderIps);
        senderDomains = senderDomains.stream().map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    public boolean identifiesByCertificate() {
        return certificateName.isPresent();
    }
}
