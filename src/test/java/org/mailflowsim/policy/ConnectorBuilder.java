package org.mailflowsim.policy;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.TlsMode;

/** A fluent outbound / send connector; no smart hosts means MX routing. */
final class ConnectorBuilder {
    private final String name;
    private final List<String> domains;
    private ConnectorType type = ConnectorType.ON_PREMISES;
    private boolean allAccepted;
    private List<String> smartHosts = List.of();
    private TlsMode tls = TlsMode.OPPORTUNISTIC;
    private Optional<String> tlsDomain = Optional.empty();
    private Optional<String> certificate = Optional.empty();
    private boolean cmt;

    ConnectorBuilder(String name, List<String> domains) {
        this.name = name;
        this.domains = domains;
    }

    ConnectorBuilder smartHosts(String... hosts) {
        smartHosts = List.of(hosts);
        return this;
    }

    ConnectorBuilder partner() {
        type = ConnectorType.PARTNER;
        return this;
    }

    ConnectorBuilder allAccepted() {
        allAccepted = true;
        return this;
    }

    ConnectorBuilder cmt() {
        cmt = true;
        return this;
    }

    ConnectorBuilder domainValidation(String domain) {
        tls = TlsMode.DOMAIN_VALIDATION;
        tlsDomain = Optional.of(domain);
        return this;
    }

    ConnectorBuilder certificate(String tlsCertificateName) {
        certificate = Optional.of(tlsCertificateName);
        return this;
    }

    OutboundConnector build() {
        return new OutboundConnector(name, type, domains, allAccepted, smartHosts, tls, tlsDomain, certificate,
                cmt, false, SourceRef.NONE);
    }
}
