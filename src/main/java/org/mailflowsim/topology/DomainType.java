package org.mailflowsim.topology;

/** Accepted-domain types of Exchange (ACC): how a node treats recipients of the domain it does not know. */
public enum DomainType {
    /** Unknown recipients are rejected. */
    AUTHORITATIVE("authoritative"),
    /** Known recipients are delivered, unknown ones relayed through an outbound connector. */
    INTERNAL_RELAY("internal-relay"),
    /** All recipients are relayed (on-prem ExternalRelay; what a third-party filter does for its customers). */
    EXTERNAL_RELAY("external-relay");

    private final String yamlName;

    DomainType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static java.util.Optional<DomainType> fromYaml(String s) {
        for (DomainType t : values()) {
            if (t.yamlName.equals(s)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
