package org.mailflowsim.topology;

import java.util.List;
import java.util.Optional;

/**
 * A mailbox hosted on a node. {@code aliases} are further proxy addresses (e.g. the
 * {@code @tenant.mail.onmicrosoft.com} routing address of a cloud mailbox). A forwarding rule sends a copy
 * of every message to {@code forwardTo}; with {@code keepCopy} false the mailbox keeps none.
 */
public record Mailbox(String address, List<String> aliases, Optional<String> forwardTo, boolean keepCopy,
                      SourceRef source) {
    public Mailbox {
        address = address.toLowerCase(java.util.Locale.ROOT);
        aliases = aliases.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList();
        forwardTo = forwardTo.map(f -> f.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean answersTo(String recipient) {
        return address.equals(recipient) || aliases.contains(recipient);
    }
}
