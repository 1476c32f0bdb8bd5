package org.mailflowsim.topology;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * One party of the topology: its role, names, public addresses, certificate and mail configuration. {@code retry}
 * is empty when the file gives none (the runtime applies the defaults of the role); {@code autoForwardingMode}
 * matters on exchange-online only and is {@link AutoForwardingMode#AUTOMATIC} everywhere else. {@code spamFilter}
 * is what the node does with a message its spam filter flags (the role's default unless the file says otherwise);
 * {@code spf} says whether the node checks SPF on what it receives and what it refuses.
 */
public record NodeSpec(String name, Role role, String hostname, List<InetAddress> ips,
                       Optional<Certificate> certificate, List<AcceptedDomain> acceptedDomains,
                       List<Mailbox> mailboxes, List<MailUser> mailUsers, List<RemoteMailbox> remoteMailboxes,
                       List<InboundConnector> inboundConnectors, List<OutboundConnector> outboundConnectors,
                       NodeLimits limits, Optional<RetryPolicy> retry, AutoForwardingMode autoForwardingMode,
                       SpamFilterMode spamFilter, SpfSettings spf, SourceRef source) {
    public NodeSpec {
        hostname = hostname.toLowerCase(java.util.Locale.ROOT);
        ips = List.copyOf(ips);
        acceptedDomains = List.copyOf(acceptedDomains);
        mailboxes = List.copyOf(mailboxes);
        mailUsers = List.copyOf(mailUsers);
        remoteMailboxes = List.copyOf(remoteMailboxes);
        inboundConnectors = List.copyOf(inboundConnectors);
        outboundConnectors = List.copyOf(outboundConnectors);
    }

    /** The address the rest of the simulated internet sees this node connect from. */
    public InetAddress publicIp() {
        return ips.get(0);
    }

    public Optional<AcceptedDomain> acceptedDomain(String domain) {
        return acceptedDomains.stream().filter(d -> d.domain().equals(domain)).findFirst();
    }

    /** Every recipient address the node names: mailboxes with their aliases, mail users, remote mailboxes. */
    public List<String> recipientAddresses() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        mailboxes.forEach(m -> {
            out.add(m.address());
            out.addAll(m.aliases());
        });
        mailUsers.forEach(u -> out.add(u.address()));
        remoteMailboxes.forEach(r -> out.add(r.address()));
        return List.copyOf(out);
    }

    public boolean accepts(String domain) {
        return acceptedDomain(domain).isPresent();
    }
}
