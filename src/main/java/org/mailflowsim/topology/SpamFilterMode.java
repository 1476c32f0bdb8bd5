package org.mailflowsim.topology;

/**
 * What a node does at end of DATA with a message its spam filter flags (here: one carrying the GTUBE test string).
 * The defaults of the roles: a third-party filter refuses it in the SMTP session; Exchange Online accepts it and
 * quarantines it (GTUBE gives SCL 9, high-confidence spam, whose action in the Standard and Strict preset policies
 * is quarantine); Exchange Server and internet MTAs do not filter.
 */
public enum SpamFilterMode {
    REJECT("reject"),
    QUARANTINE("quarantine"),
    OFF("off");

    private final String yamlName;

    SpamFilterMode(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static SpamFilterMode defaultFor(Role role) {
        return switch (role) {
            case THIRD_PARTY_FILTER -> REJECT;
            case EXCHANGE_ONLINE -> QUARANTINE;
            case EXCHANGE_SERVER, INTERNET -> OFF;
        };
    }
}
