package org.mailflowsim.topology;

/**
 * Outbound TLS of a connector (PS-OUT TlsSettings; on-prem TlsAuthLevel). OPPORTUNISTIC is the blank default:
 * STARTTLS when offered, clear text otherwise. The others require TLS; CERTIFICATE_VALIDATION checks the chain
 * and DOMAIN_VALIDATION also that the server certificate names {@code tlsDomain}.
 */
public enum TlsMode {
    OPPORTUNISTIC("Opportunistic"),
    ENCRYPTION_ONLY("EncryptionOnly"),
    CERTIFICATE_VALIDATION("CertificateValidation"),
    DOMAIN_VALIDATION("DomainValidation");

    private final String yamlName;

    TlsMode(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean requiresTls() {
        return this != OPPORTUNISTIC;
    }

    public static java.util.Optional<TlsMode> fromYaml(String s) {
        for (TlsMode t : values()) {
            if (t.yamlName.equals(s)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
