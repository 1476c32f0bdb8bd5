package org.mailflowsim.topology;

/** PS-IN / PS-OUT ConnectorType. OnPremises connectors grant relay and hybrid rights; Partner ones do not. */
public enum ConnectorType {
    ON_PREMISES("OnPremises"),
    PARTNER("Partner");

    private final String yamlName;

    ConnectorType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static java.util.Optional<ConnectorType> fromYaml(String s) {
        for (ConnectorType t : values()) {
            if (t.yamlName.equals(s)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
