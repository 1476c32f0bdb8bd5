package org.mailflowsim.topology.load;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.EnhancedFiltering;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.TlsMode;

/**
 * Binds a node's inbound and outbound connectors. Exchange Online rules (PS-IN) apply to connectors of an
 * exchange-online node: {@code senderIps} are IPv4 with a prefix of /24 to /32, and an OnPremises connector
 * identifies its caller by certificate or by address.
 */
final class ConnectorBinder {
    private static final Set<String> INBOUND_KEYS = Set.of("name", "type", "certificateName", "senderIps",
            "requireTls", "senderDomains", "restrictDomainsToCertificate", "restrictDomainsToIps", "enhancedFiltering");
    private static final Set<String> ENHANCED_FILTERING_KEYS = Set.of("skipLastIp", "skipIps", "users");
    private static final Set<String> OUTBOUND_KEYS = Set.of("name", "type", "recipientDomains",
            "allAcceptedDomains", "smartHosts", "tls", "tlsDomain", "tlsCertificateName", "routeAllViaOnPremises",
            "senderRewritingEnabled");

    private final NodeScope scope;
    private final Problems problems;

    ConnectorBinder(NodeScope scope, Problems problems) {
        this.scope = scope;
        this.problems = problems;
    }

    List<InboundConnector> inbound(YamlMap node) {
        return node.list("inboundConnectors").stream()
                .flatMap(v -> v.asMap("inbound connector", INBOUND_KEYS).stream())
                .map(this::inboundConnector)
                .toList();
    }

    List<OutboundConnector> outbound(YamlMap node) {
        return node.list("outboundConnectors").stream()
                .flatMap(v -> v.asMap("outbound connector", OUTBOUND_KEYS).stream())
                .map(this::outboundConnector)
                .toList();
    }

    private InboundConnector inboundConnector(YamlMap map) {
        String name = map.requiredText("name").map(t -> {
            scope.inboundConnector(t);
            return t.value();
        }).orElse("");
        YamlMap named = map.named(name);
        Optional<ConnectorType> typed = named.requiredText("type").flatMap(this::type);
        ConnectorType type = typed.orElse(ConnectorType.ON_PREMISES);
        Optional<String> certificateName = named.text("certificateName")
                .flatMap(t -> Formats.checkDomainPattern(t, problems));
        List<Cidr> senderIps = named.texts("senderIps").stream().flatMap(t -> senderIp(t).stream()).toList();
        boolean exchangeOnline = scope.role().equals(Optional.of(Role.EXCHANGE_ONLINE));
        if (exchangeOnline && typed.equals(Optional.of(ConnectorType.ON_PREMISES)) && !named.get("certificateName").isPresent()
                && !named.get("senderIps").isPresent()) {
            problems.add(named.at(), "OnPremises " + named.label()
                    + " needs 'certificateName' or 'senderIps' to identify the sending server (PS-IN)");
        }
        checkRestrictions(named, type);
        return new InboundConnector(name, type, certificateName, senderIps, named.bool("requireTls", false),
                domainPatterns(named, "senderDomains"), named.bool("restrictDomainsToCertificate", false),
                named.bool("restrictDomainsToIps", false), enhancedFiltering(named), map.at());
    }

    /** The Restrict* parameters work on Partner connectors only (PS-IN, 3PC; domain.md §2.1, §13 rule 24). */
    private void checkRestrictions(YamlMap connector, ConnectorType type) {
        for (String key : List.of("restrictDomainsToCertificate", "restrictDomainsToIps")) {
            if (connector.bool(key, false) && type != ConnectorType.PARTNER) {
                problems.add(connector.keyAt(key).orElseThrow(), key + " is only allowed on a Partner connector; "
                        + connector.label() + " is " + type.yamlName() + " (PS-IN)");
            }
        }
    }

    /** Enhanced Filtering (EF, PS-IN): skip the last hop or listed IPs to find the original sender's IP. */
    private Optional<EnhancedFiltering> enhancedFiltering(YamlMap connector) {
        return connector.map("enhancedFiltering", "Enhanced Filtering", ENHANCED_FILTERING_KEYS).map(ef -> {
            if (!scope.role().equals(Optional.of(Role.EXCHANGE_ONLINE))) {
                problems.add(ef.at(), "enhancedFiltering is an Exchange Online inbound connector setting (EF)");
            }
            List<Cidr> skipIps = ef.texts("skipIps").stream().flatMap(t -> Formats.checkCidr(t, problems).stream())
                    .toList();
            boolean skipLastIp = ef.bool("skipLastIp", false);
            if (!skipLastIp && skipIps.isEmpty() && !ef.get("skipIps").isPresent()) {
                problems.add(ef.at(), "enhancedFiltering needs 'skipLastIp: true' or a 'skipIps' list (EF)");
            }
            List<String> users = ef.texts("users").stream()
                    .flatMap(t -> Formats.checkEmail(t, problems).stream()).toList();
            return new EnhancedFiltering(skipLastIp, skipIps, users, ef.at());
        });
    }

    private Optional<Cidr> senderIp(Text t) {
        Optional<Cidr> cidr = Formats.checkCidr(t, problems);
        if (cidr.isPresent() && scope.role().equals(Optional.of(Role.EXCHANGE_ONLINE))) {
            Cidr c = cidr.get();
            if (!(c.network() instanceof Inet4Address) || c.prefixLength() < 24) {
                problems.add(t.at(), "senderIps " + t.quoted() + " is not allowed by Exchange Online: IPv4 only,"
                        + " a single address or a CIDR from /24 to /32 (PS-IN)");
                return Optional.empty();
            }
        }
        return cidr;
    }

    private OutboundConnector outboundConnector(YamlMap map) {
        String name = map.requiredText("name").map(t -> {
            scope.outboundConnector(t);
            return t.value();
        }).orElse("");
        YamlMap named = map.named(name);
        ConnectorType type = named.text("type").flatMap(this::type).orElse(ConnectorType.ON_PREMISES);
        List<String> smartHosts = named.texts("smartHosts").stream().flatMap(t -> smartHost(t).stream()).toList();
        Optional<Text> tlsText = named.text("tls");
        TlsMode tls = tlsText.flatMap(t -> Choices.parse(t, "tls mode", problems, TlsMode::yamlName,
                TlsMode.values())).orElse(TlsMode.OPPORTUNISTIC);
        Optional<String> tlsDomain = named.text("tlsDomain").flatMap(t -> Formats.checkDomain(t, problems));
        if (tls == TlsMode.DOMAIN_VALIDATION && !named.get("tlsDomain").isPresent()) {
            problems.add(tlsText.orElseThrow().at(), "tls DomainValidation needs 'tlsDomain',"
                    + " the name the server certificate must carry");
        }
        Optional<Text> certificate = named.text("tlsCertificateName");
        certificate.filter(t -> Formats.checkDomain(t, problems).isPresent()).ifPresent(scope::tlsCertificateName);
        boolean routeAll = named.bool("routeAllViaOnPremises", false);
        if (routeAll && type != ConnectorType.ON_PREMISES) {
            problems.add(named.get("routeAllViaOnPremises").orElseThrow().at(),
                    "routeAllViaOnPremises is only allowed on an OnPremises connector; " + named.label() + " is "
                            + type.yamlName());
        }
        return new OutboundConnector(name, type, domainPatterns(named, "recipientDomains"),
                named.bool("allAcceptedDomains", false), smartHosts, tls, tlsDomain,
                certificate.map(Text::value), routeAll, named.bool("senderRewritingEnabled", false), map.at());
    }

    private Optional<String> smartHost(Text t) {
        if (Formats.isDomain(t.value()) || InetAddresses.isInetAddress(t.value())) {
            return Optional.of(t.value());
        }
        problems.add(t.at(), "malformed smart host " + t.quoted() + "; expected a host name or an IP address");
        return Optional.empty();
    }

    private List<String> domainPatterns(YamlMap map, String key) {
        return map.texts(key).stream().flatMap(t -> Formats.checkDomainPattern(t, problems).stream()).toList();
    }

    private Optional<ConnectorType> type(Text t) {
        return Choices.parse(t, "connector type", problems, ConnectorType::yamlName, ConnectorType.values());
    }
}
