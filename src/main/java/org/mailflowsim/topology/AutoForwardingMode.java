package org.mailflowsim.topology;

/**
 * Automatic forwarding to external recipients in the outbound spam filter policy of Exchange Online (PS-OSP
 * AutoForwardingMode). AUTOMATIC is the default: the service decides, which today means blocked, like OFF.
 */
public enum AutoForwardingMode {
    AUTOMATIC("Automatic"),
    ON("On"),
    OFF("Off");

    private final String yamlName;

    AutoForwardingMode(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
