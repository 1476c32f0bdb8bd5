package org.mailflowsim.property;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.Formats;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A generated topology written as a topology file (docs/file-formats.md), so the real loader can judge that the
 * generator builds only valid worlds, and a failing world can be kept as a file and run with {@code mailflow run};
 * its messages (with their GTUBE body and {@code connectTo}) and faults as a simulation file beside it.
 */
final class WorldYaml {
    private WorldYaml() {
    }

    static String of(Topology t) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", t.name());
        file.put("title", t.title());
        file.put("nodes", t.nodes().stream().map(WorldYaml::node).toList());
        file.put("dns", t.dns().stream().map(WorldYaml::dns).toList());
        return dump(file);
    }

    /**
     * The world's traffic, faults and horizon as a simulation file (without expectations) over the topology file
     * {@code topologyFile} (relative to the simulation file), so a failing world can be replayed with
     * {@code mailflow run}.
     */
    static String simulation(World w, String topologyFile) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("topology", topologyFile);
        file.put("title", "random world " + w.seed());
        file.put("horizon", Formats.durationText(w.horizon()));
        file.put("faults", w.faults().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("node", f.node());
            m.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            m.put("from", Formats.durationText(f.from()));
            m.put("until", Formats.durationText(f.until()));
            f.delay().ifPresent(d -> m.put("delay", Formats.durationText(d)));
            return m;
        }).toList());
        // The loader refuses a message not sent before the horizon: it would never be sent, so it is left out.
        file.put("messages", w.messages().stream().filter(msg -> msg.sendAt().compareTo(w.horizon()) < 0).map(msg -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", msg.name());
            m.put("from", msg.from());
            m.put("to", msg.to());
            m.put("at", msg.at());
            m.put("sendAt", Formats.durationText(msg.sendAt()));
            m.put("subject", msg.name());
            m.put("body", msg.body());
            msg.connectTo().ifPresent(h -> m.put("connectTo", h));
            return m;
        }).toList());
        return dump(file);
    }

    private static String dump(Map<String, Object> file) {
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(file);
    }

    private static Map<String, Object> node(NodeSpec n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", n.name());
        m.put("role", n.role().yamlName());
        m.put("hostname", n.hostname());
        m.put("ips", n.ips().stream().map(i -> i.getHostAddress()).toList());
        n.certificate().ifPresent(c -> m.put("certificate", Map.of("subject", c.subject(), "sans", c.sans())));
        m.put("limits", Map.of("maxMessageBytes", n.limits().maxMessageBytes(),
                "maxRecipients", n.limits().maxRecipients(), "maxHopCount", n.limits().maxHopCount()));
        n.retry().ifPresent(r -> m.put("retry", Map.of("intervals", r.intervals().stream()
                .map(Formats::durationText).toList(), "lifetime", Formats.durationText(r.lifetime()))));
        if (n.role() == Role.EXCHANGE_ONLINE) {
            m.put("autoForwardingMode", n.autoForwardingMode().yamlName());
        }
        m.put("spamFilter", n.spamFilter().yamlName());
        m.put("spf", Map.of("check", n.spf().check(), "reject", n.spf().reject().stream().map(SpfResult::rfcName)
                .sorted().toList()));
        m.put("acceptedDomains", n.acceptedDomains().stream()
                .map(d -> Map.of("domain", d.domain(), "type", d.type().yamlName())).toList());
        m.put("mailboxes", n.mailboxes().stream().map(b -> {
            Map<String, Object> box = new LinkedHashMap<>(Map.of("address", b.address(), "aliases", b.aliases(),
                    "keepCopy", b.keepCopy()));
            b.forwardTo().ifPresent(f -> box.put("forwardTo", f));
            return box;
        }).toList());
        if (!n.mailUsers().isEmpty()) {
            m.put("mailUsers", n.mailUsers().stream()
                    .map(u -> Map.of("address", u.address(), "externalAddress", u.externalAddress())).toList());
        }
        if (!n.remoteMailboxes().isEmpty()) {
            m.put("remoteMailboxes", n.remoteMailboxes().stream()
                    .map(r -> Map.of("address", r.address(), "routingAddress", r.routingAddress())).toList());
        }
        m.put("inboundConnectors", n.inboundConnectors().stream().map(WorldYaml::inbound).toList());
        m.put("outboundConnectors", n.outboundConnectors().stream().map(WorldYaml::outbound).toList());
        return m;
    }

    private static Map<String, Object> inbound(InboundConnector c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", c.type().yamlName());
        c.certificateName().ifPresent(n -> m.put("certificateName", n));
        if (!c.senderIps().isEmpty()) {
            m.put("senderIps", c.senderIps().stream().map(Cidr::toString).toList());
        }
        m.put("requireTls", c.requireTls());
        if (!c.senderDomains().isEmpty()) {
            m.put("senderDomains", c.senderDomains());
        }
        if (c.type() == ConnectorType.PARTNER) {
            m.put("restrictDomainsToCertificate", c.restrictDomainsToCertificate());
            m.put("restrictDomainsToIps", c.restrictDomainsToIps());
        }
        c.enhancedFiltering().ifPresent(e -> m.put("enhancedFiltering", Map.of("skipLastIp", e.skipLastIp(),
                "skipIps", e.skipIps().stream().map(Cidr::toString).toList(), "users", e.users())));
        return m;
    }

    private static Map<String, Object> outbound(OutboundConnector c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", c.type().yamlName());
        m.put("recipientDomains", c.recipientDomains());
        m.put("allAcceptedDomains", c.allAcceptedDomains());
        m.put("smartHosts", c.smartHosts());
        m.put("tls", c.tls().yamlName());
        c.tlsDomain().ifPresent(d -> m.put("tlsDomain", d));
        c.tlsCertificateName().ifPresent(d -> m.put("tlsCertificateName", d));
        m.put("routeAllViaOnPremises", c.routeAllViaOnPremises());
        m.put("senderRewritingEnabled", c.senderRewritingEnabled());
        return m;
    }

    private static Map<String, Object> dns(DnsRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("type", r.type().name());
        if (r.type() == DnsRecord.DnsType.MX) {
            m.put("preference", r.preference());
        }
        m.put("value", r.value());
        return m;
    }
}
