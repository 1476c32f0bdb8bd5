package org.mailflowsim.topology;

/** A domain a node accepts mail for. Names are lower case. */
public record AcceptedDomain(String domain, DomainType type, SourceRef source) {
    public AcceptedDomain {
        domain = domain.toLowerCase(java.util.Locale.ROOT);
    }
}
