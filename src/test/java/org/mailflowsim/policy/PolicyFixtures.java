package org.mailflowsim.policy;

import com.google.common.net.InetAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.AutoForwardingMode;
import org.mailflowsim.topology.Certificate;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeLimits;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.RemoteMailbox;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.SpamFilterMode;
import org.mailflowsim.topology.SpfSettings;

/**
 * Hand-built nodes, connectors, DNS and sessions for socket-free policy tests: the contoso.com hybrid of
 * domain.md §14 (EXO tenant, on-prem mail.contoso.com at 131.107.21.231, internet senders on documentation
 * addresses). Presets return fresh builders, so a test adds only what its rule needs.
 */
final class PolicyFixtures {
    static final String EXO_HOST = "contoso-com.mail.protection.outlook.com";
    static final String COEXISTENCE_HOST = "contoso.mail.protection.outlook.com";
    static final String EXO_IP = "104.47.20.36";
    static final String ONPREM_HOST = "mail.contoso.com";
    static final String ONPREM_IP = "131.107.21.231";
    static final String FABRIKAM_IP = "203.0.113.25";
    static final String FILTER_IP = "192.0.2.50";
    static final String COEXISTENCE = "contoso.mail.onmicrosoft.com";
    static final String RELAY_DENIED = "550 5.7.64 TenantAttribution; Relay Access Denied";

    private PolicyFixtures() {
    }

    // ---- nodes ----------------------------------------------------------------------------------------------

    /** The contoso.com tenant (contoso.com authoritative), certificate mail.protection.outlook.com. */
    static NodeBuilder exo() {
        return new NodeBuilder("exo", Role.EXCHANGE_ONLINE, EXO_HOST, EXO_IP).cert("mail.protection.outlook.com")
                .accepts("contoso.com");
    }

    /** On-prem Exchange mail.contoso.com (contoso.com authoritative), certificate mail.contoso.com. */
    static NodeBuilder onprem() {
        return new NodeBuilder("onprem", Role.EXCHANGE_SERVER, ONPREM_HOST, ONPREM_IP).cert(ONPREM_HOST)
                .accepts("contoso.com");
    }

    static NodeBuilder internet(String domain, String ip) {
        return new NodeBuilder(domain, Role.INTERNET, "mx." + domain, ip).accepts(domain);
    }

    static NodeBuilder filter() {
        return new NodeBuilder("filter", Role.THIRD_PARTY_FILTER, "mx.filter.example", FILTER_IP)
                .cert("mx.filter.example");
    }

    static final class NodeBuilder {
        private final String name;
        private final Role role;
        private final String hostname;
        private final String ip;
        private Optional<Certificate> cert = Optional.empty();
        private final Map<String, DomainType> domains = new LinkedHashMap<>();
        private final List<Mailbox> mailboxes = new ArrayList<>();
        private final List<MailUser> mailUsers = new ArrayList<>();
        private final List<RemoteMailbox> remoteMailboxes = new ArrayList<>();
        private final List<InboundConnector> inbound = new ArrayList<>();
        private final List<OutboundConnector> outbound = new ArrayList<>();
        private int maxHops = NodeLimits.DEFAULT.maxHopCount();
        private AutoForwardingMode autoForwarding = AutoForwardingMode.AUTOMATIC;
        private Optional<SpamFilterMode> spamFilter = Optional.empty();

        private NodeBuilder(String name, Role role, String hostname, String ip) {
            this.name = name;
            this.role = role;
            this.hostname = hostname;
            this.ip = ip;
        }

        NodeBuilder cert(String subject, String... sans) {
            cert = Optional.of(new Certificate(subject, List.of(sans), SourceRef.NONE));
            return this;
        }

        NodeBuilder accepts(String... domainNames) {
            Arrays.stream(domainNames).forEach(d -> domains.put(d, DomainType.AUTHORITATIVE));
            return this;
        }

        NodeBuilder internalRelay(String domain) {
            domains.put(domain, DomainType.INTERNAL_RELAY);
            return this;
        }

        NodeBuilder externalRelay(String domain) {
            domains.put(domain, DomainType.EXTERNAL_RELAY);
            return this;
        }

        NodeBuilder mailbox(String address, String... aliases) {
            mailboxes.add(new Mailbox(address, List.of(aliases), Optional.empty(), true, SourceRef.NONE));
            return this;
        }

        NodeBuilder mailUser(String address, String externalAddress) {
            mailUsers.add(new MailUser(address, externalAddress, SourceRef.NONE));
            return this;
        }

        NodeBuilder remoteMailbox(String address, String routingAddress) {
            remoteMailboxes.add(new RemoteMailbox(address, routingAddress, SourceRef.NONE));
            return this;
        }

        NodeBuilder inbound(InboundConnector... connectors) {
            inbound.addAll(List.of(connectors));
            return this;
        }

        NodeBuilder outbound(ConnectorBuilder... connectors) {
            Arrays.stream(connectors).map(ConnectorBuilder::build).forEach(outbound::add);
            return this;
        }

        NodeBuilder autoForwarding(AutoForwardingMode mode) {
            autoForwarding = mode;
            return this;
        }

        NodeBuilder spamFilter(SpamFilterMode mode) {
            spamFilter = Optional.of(mode);
            return this;
        }

        NodeBuilder maxHops(int max) {
            maxHops = max;
            return this;
        }

        NodeSpec spec() {
            List<AcceptedDomain> accepted = domains.entrySet().stream()
                    .map(e -> new AcceptedDomain(e.getKey(), e.getValue(), SourceRef.NONE)).toList();
            return new NodeSpec(name, role, hostname, List.of(InetAddresses.forString(ip)), cert, accepted,
                    mailboxes, mailUsers, remoteMailboxes, inbound, outbound,
                    new NodeLimits(NodeLimits.DEFAULT.maxMessageBytes(), NodeLimits.DEFAULT.maxRecipients(), maxHops),
                    Optional.empty(), autoForwarding, spamFilter.orElse(SpamFilterMode.defaultFor(role)), SpfSettings.defaultFor(role),
                    SourceRef.NONE);
        }

        Subject with(SimulatedDns dns) {
            NodeSpec spec = spec();
            return new Subject(spec, Policies.forNode(spec, dns, java.time.Clock.fixed(java.time.Instant.parse("2026-01-05T09:00:00Z"), java.time.ZoneOffset.UTC)));
        }
    }

    /** A node's policy plus the connector matching its SMTP receiver would do (as InboundTransaction does). */
    record Subject(NodeSpec spec, NodePolicy policy) {
        Provenance.Received from(SessionFacts session) {
            return new Provenance.Received(session, InboundConnectorMatcher.match(spec.inboundConnectors(), session));
        }

        Verdict rcpt(SessionFacts session, String mailFrom, String recipient) {
            return policy.recipient(from(session), mailFrom, recipient);
        }

        Verdict endOfData(int receivedHeaders) {
            return endOfData(internetSession(), MessageFacts.clean(receivedHeaders));
        }

        Verdict endOfData(SessionFacts session, MessageFacts message) {
            return policy.endOfData(from(session), message);
        }

        Route route(Provenance provenance, String mailFrom, String recipient) {
            return policy.route(provenance, mailFrom, recipient);
        }
    }

    // ---- connectors -----------------------------------------------------------------------------------------

    static InboundConnector inboundByCert(String name, ConnectorType type, String certName) {
        return new InboundConnector(name, type, Optional.of(certName), List.of(), true, List.of("*"), false, false,
                Optional.empty(), SourceRef.NONE);
    }

    static InboundConnector inboundByIp(String name, ConnectorType type, String... cidrs) {
        List<Cidr> ips = Arrays.stream(cidrs).map(c -> Cidr.parse(c).orElseThrow()).toList();
        return new InboundConnector(name, type, Optional.empty(), ips, false, List.of("*"), false, false,
                Optional.empty(), SourceRef.NONE);
    }

    static InboundConnector onPremByCert(String certName) {
        return inboundByCert("From on-prem (cert)", ConnectorType.ON_PREMISES, certName);
    }

    static InboundConnector onPremByIp(String... cidrs) {
        return inboundByIp("From on-prem (IP)", ConnectorType.ON_PREMISES, cidrs);
    }

    static ConnectorBuilder connector(String name, String... recipientDomains) {
        return new ConnectorBuilder(name, List.of(recipientDomains));
    }

    // ---- DNS and sessions -----------------------------------------------------------------------------------

    static DnsRecord mx(String domain, String host) {
        return new DnsRecord(domain, DnsRecord.DnsType.MX, 10, host, SourceRef.NONE);
    }

    static DnsRecord a(String host, String ip) {
        return new DnsRecord(host, DnsRecord.DnsType.A, 0, ip, SourceRef.NONE);
    }

    /** Public DNS with contoso.com's MX at {@code contosoMx} (EXO_HOST or ONPREM_HOST). */
    static SimulatedDns dnsWithContosoMx(String contosoMx) {
        return SimulatedDns.of(List.of(mx("contoso.com", contosoMx), a(EXO_HOST, EXO_IP), a(ONPREM_HOST, ONPREM_IP),
                mx(COEXISTENCE, COEXISTENCE_HOST), a(COEXISTENCE_HOST, EXO_IP),
                mx("fabrikam.com", "mx.fabrikam.com"), a("mx.fabrikam.com", FABRIKAM_IP),
                mx("tailspintoys.com", "mx.tailspintoys.com"), a("mx.tailspintoys.com", "198.51.100.40")));
    }

    static SimulatedDns mxToExo() {
        return dnsWithContosoMx(EXO_HOST);
    }

    static SimulatedDns mxToOnPrem() {
        return dnsWithContosoMx(ONPREM_HOST);
    }

    static SessionFacts session(String ip, boolean tls, String... certNames) {
        return new SessionFacts(InetAddresses.forString(ip), tls, List.of(certNames), "client.example");
    }

    static SessionFacts internetSession() {
        return session(FABRIKAM_IP, true);
    }
}
