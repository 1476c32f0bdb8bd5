package org.mailflowsim.dsn;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One recipient block of a DSN we generate (domain.md §8): {@code action} is {@code failed} or {@code delayed};
 * {@code status} an RFC 3463 code of class 4 or 5, e.g. {@code 5.7.64} (an expiry may pair {@code failed} with
 * {@code 4.4.7}); {@code remoteMta} the host that replied, if any; {@code diagnosticCode} that host's full SMTP
 * reply, e.g. {@code 550 5.7.64 TenantAttribution; Relay Access Denied}.
 */
public record FailedRecipient(String address, String action, String status, Optional<String> remoteMta,
        Optional<String> diagnosticCode) {
    private static final Set<String> ACTIONS = Set.of("failed", "delayed");
    private static final Pattern STATUS = Pattern.compile("[45]\\.\\d{1,3}\\.\\d{1,3}");

    public FailedRecipient {
        Objects.requireNonNull(remoteMta, "remoteMta");
        Objects.requireNonNull(diagnosticCode, "diagnosticCode");
        if (address == null || !address.matches("\\S+")) {
            throw new IllegalArgumentException("recipient address is required, without spaces: " + address);
        }
        if (remoteMta.filter(h -> !h.matches("\\S+")).isPresent()) {
            throw new IllegalArgumentException("remote MTA must be a host name: " + remoteMta);
        }
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("action must be failed or delayed: " + action);
        }
        if (status == null || !STATUS.matcher(status).matches()) {
            throw new IllegalArgumentException("status must be an RFC 3463 code like 5.7.64: " + status);
        }
    }

    /** A permanent failure with the remote host's reply, the common case. */
    public static FailedRecipient failed(String address, String status, String remoteMta, String reply) {
        return new FailedRecipient(address, "failed", status, Optional.of(remoteMta), Optional.of(reply));
    }
}
