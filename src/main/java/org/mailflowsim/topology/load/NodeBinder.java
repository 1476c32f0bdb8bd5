package org.mailflowsim.topology.load;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.AutoForwardingMode;
import org.mailflowsim.topology.Certificate;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.NodeLimits;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.RetryPolicy;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SpamFilterMode;

/** Binds one entry of {@code nodes:} to a {@link NodeSpec}; recipients and connectors have binders of their own. */
final class NodeBinder {
    static final Set<String> KEYS = Set.of("name", "role", "hostname", "ips", "certificate", "limits",
            "acceptedDomains", "mailboxes", "mailUsers", "remoteMailboxes", "inboundConnectors", "outboundConnectors",
            "retry", "autoForwardingMode", "spamFilter", "spf");
    private static final Set<String> CERTIFICATE_KEYS = Set.of("subject", "sans");
    private static final Set<String> LIMIT_KEYS = Set.of("maxMessageBytes", "maxRecipients", "maxHopCount");
    private static final Set<String> DOMAIN_KEYS = Set.of("domain", "type");
    private static final Set<String> RETRY_KEYS = Set.of("intervals", "lifetime");

    private final TopologyScope topology;
    private final Problems problems;

    NodeBinder(TopologyScope topology, Problems problems) {
        this.topology = topology;
        this.problems = problems;
    }

    Optional<NodeSpec> bind(YamlValue value) {
        Optional<YamlMap> read = value.asMap("node", KEYS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<Text> nameText = map.requiredText("name");
        String name = nameText.flatMap(t -> Formats.checkNodeName(t, problems)).orElse("");
        nameText.ifPresent(topology::node);
        map = nameText.map(t -> read.get().named(t.value())).orElse(map);
        Optional<Role> role = map.requiredText("role")
                .flatMap(t -> Choices.parse(t, "role", problems, Role::yamlName, Role.values()));
        String hostname = map.requiredText("hostname").flatMap(t -> Formats.checkDomain(t, problems)).orElse("");
        List<InetAddress> ips = ips(map, name);
        Optional<Certificate> certificate = map.map("certificate", "certificate", CERTIFICATE_KEYS)
                .flatMap(this::certificate);
        NodeLimits limits = map.map("limits", "limits", LIMIT_KEYS).map(this::limits).orElse(NodeLimits.DEFAULT);
        Optional<RetryPolicy> retry = map.map("retry", "retry", RETRY_KEYS).flatMap(this::retry);
        AutoForwardingMode autoForwarding = autoForwardingMode(map, role);
        SpamFilterMode spamFilter = map.text("spamFilter").flatMap(t -> Choices.parse(t, "spamFilter", problems,
                SpamFilterMode::yamlName, SpamFilterMode.values()))
                .orElse(SpamFilterMode.defaultFor(role.orElse(Role.INTERNET)));
        NodeScope scope = new NodeScope(name, role, certificate.map(Certificate::allNames), problems);
        List<AcceptedDomain> domains = acceptedDomains(map, scope);
        RecipientBinder recipients = new RecipientBinder(scope, problems);
        ConnectorBinder connectors = new ConnectorBinder(scope, problems);
        return Optional.of(new NodeSpec(name, role.orElse(Role.INTERNET), hostname, ips, certificate, domains,
                recipients.mailboxes(map), recipients.mailUsers(map), recipients.remoteMailboxes(map),
                connectors.inbound(map), connectors.outbound(map), limits, retry, autoForwarding, spamFilter,
                new SpfSettingsBinder(problems).bind(map, role), map.at()));
    }

    private List<InetAddress> ips(YamlMap map, String node) {
        List<InetAddress> ips = new ArrayList<>();
        for (YamlValue item : map.requiredList("ips")) {
            item.asText().ifPresent(t -> Formats.checkIp(t, problems).ifPresent(ip -> {
                topology.ip(ip, t, node);
                ips.add(ip);
            }));
        }
        return ips;
    }

    private Optional<Certificate> certificate(YamlMap map) {
        Optional<String> subject = map.requiredText("subject").flatMap(t -> Formats.checkDomain(t, problems));
        List<String> sans = map.texts("sans").stream()
                .map(t -> Formats.checkDomainPattern(t, problems)).flatMap(Optional::stream).toList();
        return subject.map(s -> new Certificate(s, sans, map.at()));
    }

    private NodeLimits limits(YamlMap map) {
        NodeLimits d = NodeLimits.DEFAULT;
        return new NodeLimits(positive(map, "maxMessageBytes", d.maxMessageBytes()),
                positive(map, "maxRecipients", d.maxRecipients()), positive(map, "maxHopCount", d.maxHopCount()));
    }

    private Optional<RetryPolicy> retry(YamlMap map) {
        List<Duration> intervals = map.requiredList("intervals").stream()
                .flatMap(v -> v.asText().stream())
                .flatMap(t -> positiveDuration(t, "retry interval").stream())
                .toList();
        Optional<Duration> lifetime = map.requiredText("lifetime").flatMap(t -> positiveDuration(t, "lifetime"));
        if (intervals.isEmpty() || lifetime.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RetryPolicy(intervals, lifetime.get()));
    }

    private Optional<Duration> positiveDuration(Text t, String what) {
        Optional<Duration> d = Formats.checkDuration(t, problems);
        if (d.isPresent() && d.get().isZero()) {
            problems.add(t.at(), what + " must be longer than 0s");
            return Optional.empty();
        }
        return d;
    }

    /** PS-OSP AutoForwardingMode: a setting of Exchange Online's outbound spam policy, so only on exchange-online. */
    private AutoForwardingMode autoForwardingMode(YamlMap map, Optional<Role> role) {
        Optional<Text> text = map.text("autoForwardingMode");
        if (text.isPresent() && role.isPresent() && role.get() != Role.EXCHANGE_ONLINE) {
            problems.add(map.keyAt("autoForwardingMode").orElseThrow(), "autoForwardingMode is only allowed on role "
                    + Role.EXCHANGE_ONLINE.yamlName() + "; " + map.label() + " is " + role.get().yamlName());
            return AutoForwardingMode.AUTOMATIC;
        }
        return text.flatMap(t -> Choices.parse(t, "autoForwardingMode", problems, AutoForwardingMode::yamlName,
                AutoForwardingMode.values())).orElse(AutoForwardingMode.AUTOMATIC);
    }

    private int positive(YamlMap map, String key, int fallback) {
        Optional<Integer> value = map.integer(key);
        if (value.isPresent() && value.get() <= 0) {
            problems.add(map.get(key).orElseThrow().at(), key + " must be a positive integer, got " + value.get());
            return fallback;
        }
        return value.orElse(fallback);
    }

    private List<AcceptedDomain> acceptedDomains(YamlMap node, NodeScope scope) {
        List<AcceptedDomain> domains = new ArrayList<>();
        for (YamlValue item : node.list("acceptedDomains")) {
            item.asMap("accepted domain", DOMAIN_KEYS).ifPresent(map -> {
                Optional<Text> domain = map.requiredText("domain");
                DomainType type = map.text("type").flatMap(t -> Choices.parse(t, "domain type", problems,
                        DomainType::yamlName, DomainType.values())).orElse(DomainType.AUTHORITATIVE);
                domain.filter(t -> Formats.checkDomain(t, problems).isPresent()).ifPresent(t -> {
                    scope.acceptedDomain(t);
                    domains.add(new AcceptedDomain(t.value(), type, map.at()));
                });
            });
        }
        return domains;
    }
}
