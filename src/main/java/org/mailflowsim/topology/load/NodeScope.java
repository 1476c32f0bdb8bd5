package org.mailflowsim.topology.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;

/**
 * References within one node: its recipients must be in its accepted domains and unique (mailboxes, aliases,
 * mail users and remote mailboxes share one address space), connector names are unique per direction, and a
 * connector's {@code tlsCertificateName} must be a name of the node's own certificate.
 */
final class NodeScope {
    private final String node;
    private final Optional<Role> role;
    private final Optional<List<String>> certificateNames;
    private final Problems problems;
    private final Map<String, SourceRef> domains = new LinkedHashMap<>();
    private final Map<String, SourceRef> addresses = new HashMap<>();
    private final Map<String, SourceRef> inbound = new HashMap<>();
    private final Map<String, SourceRef> outbound = new HashMap<>();

    NodeScope(String node, Optional<Role> role, Optional<List<String>> certificateNames, Problems problems) {
        this.node = node;
        this.role = role;
        this.certificateNames = certificateNames;
        this.problems = problems;
    }

    String node() {
        return node;
    }

    Optional<Role> role() {
        return role;
    }

    void acceptedDomain(Text domain) {
        unique(domains, domain, "accepted domain");
    }

    /** A recipient address of the node; {@code kind} names it in messages (mailbox, alias, mail user ...). */
    void recipient(Text address, String kind) {
        String domain = lower(address.value().substring(address.value().lastIndexOf('@') + 1));
        if (!domains.containsKey(domain)) {
            String accepted = domains.isEmpty() ? "it has none" : String.join(", ", domains.keySet());
            problems.add(address.at(), kind + " " + address.quoted() + " is not in an accepted domain of node '"
                    + node + "' (" + accepted + ")");
        }
        unique(addresses, address, "address");
    }

    void inboundConnector(Text name) {
        unique(inbound, name, "inbound connector name");
    }

    void outboundConnector(Text name) {
        unique(outbound, name, "outbound connector name");
    }

    void tlsCertificateName(Text name) {
        if (certificateNames.isEmpty()) {
            problems.add(name.at(), "tlsCertificateName " + name.quoted() + " needs a certificate, but node '"
                    + node + "' has none");
        } else if (!certificateNames.get().contains(lower(name.value()))) {
            problems.add(name.at(), "tlsCertificateName " + name.quoted() + " is not among the certificate names of node '"
                    + node + "' (" + String.join(", ", certificateNames.get()) + ")");
        }
    }

    private void unique(Map<String, SourceRef> seen, Text value, String what) {
        SourceRef first = seen.putIfAbsent(lower(value.value()), value.at());
        if (first != null) {
            problems.add(value.at(), "duplicate " + what + " " + value.quoted() + " in node '" + node
                    + "' (first at " + Where.first(first, value.at()) + ")");
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
