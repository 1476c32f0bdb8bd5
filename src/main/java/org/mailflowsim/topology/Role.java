package org.mailflowsim.topology;

/** What kind of party a node plays; each role carries the documented defaults of shared/domain.md. */
public enum Role {
    /** An internet organisation's MTA (fabrikam, tailspintoys): hosts its own domains, sends by MX. */
    INTERNET("internet"),
    /** A third-party cloud filter in front of Exchange Online (scenario 5). */
    THIRD_PARTY_FILTER("third-party-filter"),
    /** EOP / Exchange Online, one tenant. */
    EXCHANGE_ONLINE("exchange-online"),
    /** On-premises Exchange Server. */
    EXCHANGE_SERVER("exchange-server");

    private final String yamlName;

    Role(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static java.util.Optional<Role> fromYaml(String s) {
        for (Role r : values()) {
            if (r.yamlName.equals(s)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
