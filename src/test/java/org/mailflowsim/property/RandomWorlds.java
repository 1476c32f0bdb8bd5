package org.mailflowsim.property;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.AutoForwardingMode;
import org.mailflowsim.topology.Certificate;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeLimits;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.RemoteMailbox;
import org.mailflowsim.topology.RetryPolicy;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.SpamFilterMode;
import org.mailflowsim.topology.SpfSettings;
import org.mailflowsim.topology.Topology;

/**
 * A seeded generator of small random but valid topologies, built directly as records (no YAML): 2–5 nodes of random
 * roles (at most one exchange-online), private and shared domains of random types, mailboxes that forward anywhere
 * (chains and cycles welcome), mail users and remote mailboxes pointing anywhere, inbound connectors by certificate
 * or IP, outbound connectors by smart host or MX with random TLS, and a DNS with missing MX, dangling names and a
 * host whose address no node owns; random spam filter modes and SPF settings, and SPF records (valid, including
 * others, malformed, including nothing, absent). Short retry policies keep runs fast. The same seed gives the same
 * world; the messages and faults come from {@link RandomTraffic}.
 */
final class RandomWorlds {
    /** A host whose A record points to an address no node owns. */
    static final String GHOST_HOST = "ghost.unowned.example";
    /** A host without any address record. */
    static final String DANGLING_HOST = "dangling.nowhere.example";
    static final String TENANT_DOMAIN = "tenant.mail.onmicrosoft.com";
    static final List<String> FOREIGN_DOMAINS = List.of("far.example", "away.test");
    private static final String GHOST_IP = "203.0.113.250";
    /** A domain without any record, for SPF includes that find nothing. */
    private static final String NO_SPF_DOMAIN = "no-spf.nowhere.example";
    private static final List<SpfResult> REFUSABLE = List.of(SpfResult.FAIL, SpfResult.SOFTFAIL,
            SpfResult.PERMERROR, SpfResult.TEMPERROR);
    private static final String[] LOCAL_PARTS = {"ann", "bob", "kate", "lee", "max", "sue"};
    private static final String[] PREFIXES = {"192.0.2", "198.51.100", "203.0.113"};

    /** A node before its mail configuration: what the other nodes' configuration may refer to. */
    record Skeleton(String name, Role role, String hostname, List<InetAddress> ips,
                            Optional<Certificate> certificate, List<AcceptedDomain> domains, List<String> mailboxes,
                            Map<String, String> aliases, List<String> users) {
    }

    private final Dice dice;
    private final List<String> domains = new ArrayList<>();
    private final List<Skeleton> skeletons = new ArrayList<>();
    private final List<String> known = new ArrayList<>();

    private RandomWorlds(long seed) {
        this.dice = new Dice(new SplittableRandom(seed));
    }

    static World generate(long seed) {
        RandomWorlds g = new RandomWorlds(seed);
        Topology topology = g.topology(seed);
        return RandomTraffic.add(seed, topology, g.dice, g.domains);
    }

    private Topology topology(long seed) {
        int n = dice.between(2, 5);
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Role role = dice.pick(List.of(Role.values()));
            roles.add(role == Role.EXCHANGE_ONLINE && roles.contains(role) ? Role.EXCHANGE_SERVER : role);
        }
        for (int i = 0; i < n; i++) {
            domains.add("org" + i + ".example");
        }
        if (roles.contains(Role.EXCHANGE_ONLINE)) {
            domains.add(TENANT_DOMAIN);
        }
        for (int i = 0; i < n; i++) {
            skeletons.add(skeleton(i, roles.get(i)));
        }
        List<NodeSpec> nodes = skeletons.stream().map(this::node).toList();
        return new Topology("random-" + seed, "random world " + seed, Path.of("random", "seed-" + seed + ".yaml"),
                nodes, dns());
    }

    private Skeleton skeleton(int i, Role role) {
        boolean exo = role == Role.EXCHANGE_ONLINE;
        String host = exo ? "org" + i + "-example.mail.protection.outlook.com" : "mail" + i + ".net" + i + ".example";
        List<InetAddress> ips = new ArrayList<>();
        ips.add(ip((exo ? "104.47." + dice.between(0, 255) : dice.pick(List.of(PREFIXES))) + "." + (10 + i)));
        if (dice.chance(0.15)) {
            ips.add(ip("198.51.100." + (100 + i)));
        }
        Optional<Certificate> cert = Optional.empty();
        if (dice.chance(0.75)) {
            String subject = dice.chance(0.85) ? host : "legacy" + i + ".example";
            List<String> sans = new ArrayList<>(List.of(host));
            if (exo) {
                sans.add("*.mail.protection.outlook.com");
            }
            cert = Optional.of(new Certificate(subject, sans, SourceRef.NONE));
        }
        List<String> own = new ArrayList<>(List.of(dice.chance(0.6) ? "org" + i + ".example" : dice.pick(domains)));
        String second = dice.pick(domains);
        if (dice.chance(0.4) && !own.contains(second)) {
            own.add(second);
        }
        List<AcceptedDomain> accepted = own.stream()
                .map(d -> new AcceptedDomain(d, dice.pick(List.of(DomainType.values())), SourceRef.NONE)).toList();
        List<String> locals = dice.shuffled(List.of(LOCAL_PARTS));
        List<String> boxes = new ArrayList<>();
        List<String> users = new ArrayList<>();
        Map<String, String> aliases = new HashMap<>();
        int mailboxes = dice.between(1, 3);
        int others = role == Role.EXCHANGE_ONLINE || role == Role.EXCHANGE_SERVER ? dice.between(0, 2) : 0;
        for (int k = 0; k < mailboxes + others; k++) {
            String address = locals.get(k) + "@" + dice.pick(own);
            (k < mailboxes ? boxes : users).add(address);
            known.add(address);
            if (k < mailboxes && dice.chance(0.2)) {
                aliases.put(address, locals.get(k) + ".alt@" + dice.pick(own));
                known.add(aliases.get(address));
            }
        }
        return new Skeleton("n" + i, role, host, ips, cert, accepted, boxes, aliases, users);
    }

    private NodeSpec node(Skeleton s) {
        List<Mailbox> mailboxes = s.mailboxes().stream().map(a -> new Mailbox(a,
                Optional.ofNullable(s.aliases().get(a)).stream().toList(),
                dice.chance(0.35) ? Optional.of(anyAddress()) : Optional.empty(), dice.chance(0.5), SourceRef.NONE))
                .toList();
        List<MailUser> users = s.role() != Role.EXCHANGE_ONLINE ? List.of()
                : s.users().stream().map(a -> new MailUser(a, anyAddress(), SourceRef.NONE)).toList();
        List<RemoteMailbox> remotes = s.role() != Role.EXCHANGE_SERVER ? List.of()
                : s.users().stream().map(a -> new RemoteMailbox(a, routingAddress(), SourceRef.NONE)).toList();
        RandomConnectors connectors = new RandomConnectors(dice, skeletons, domains);
        List<InboundConnector> inbound = new ArrayList<>();
        for (int k = dice.between(0, 2); k > 0; k--) {
            inbound.add(connectors.inbound("in" + k, s));
        }
        List<OutboundConnector> outbound = new ArrayList<>();
        for (int k = dice.between(s.role() == Role.EXCHANGE_SERVER ? 1 : 0, 2); k > 0; k--) {
            outbound.add(connectors.outbound("out" + k, s));
        }
        List<Duration> intervals = dice.pick(List.of(List.of(min(5)), List.of(min(2), min(10)),
                List.of(min(5), min(15))));
        RetryPolicy retry = new RetryPolicy(intervals, min(10 * dice.between(3, 12)));
        AutoForwardingMode forwarding = s.role() == Role.EXCHANGE_ONLINE
                ? dice.pick(List.of(AutoForwardingMode.values())) : AutoForwardingMode.AUTOMATIC;
        SpamFilterMode spam = dice.chance(0.5) ? SpamFilterMode.defaultFor(s.role())
                : dice.pick(List.of(SpamFilterMode.values()));
        return new NodeSpec(s.name(), s.role(), s.hostname(), s.ips(), s.certificate(), s.domains(), mailboxes, users,
                remotes, inbound, outbound, new NodeLimits(10 * 1024 * 1024, 500, dice.between(5, 30)),
                Optional.of(retry), forwarding, spam, spf(s.role()), SourceRef.NONE);
    }

    /** The role's default or a random choice; refusing needs checking and is not allowed on Exchange Online. */
    private SpfSettings spf(Role role) {
        if (dice.chance(0.3)) {
            return SpfSettings.defaultFor(role);
        }
        boolean check = dice.chance(0.8);
        Set<SpfResult> reject = EnumSet.noneOf(SpfResult.class);
        if (check && role != Role.EXCHANGE_ONLINE) {
            REFUSABLE.stream().filter(r -> dice.chance(0.4)).forEach(reject::add);
        }
        return new SpfSettings(check, reject);
    }

    /** MX records to random nodes (sometimes dangling or unowned, sometimes none) and A records for hosts. */
    private List<DnsRecord> dns() {
        List<DnsRecord> dns = new ArrayList<>();
        for (Skeleton s : skeletons) {
            if (dice.chance(0.9)) {
                dns.add(new DnsRecord(s.hostname(), DnsType.A, 0, InetAddresses.toAddrString(s.ips().get(0)),
                        SourceRef.NONE));
            }
        }
        dns.add(new DnsRecord(GHOST_HOST, DnsType.A, 0, GHOST_IP, SourceRef.NONE));
        List<String> mailDomains = new ArrayList<>(domains);
        mailDomains.addAll(FOREIGN_DOMAINS);
        List<String> senders = new ArrayList<>(mailDomains);
        skeletons.forEach(s -> senders.add(s.hostname())); // the HELO identity, checked for the null sender
        for (String domain : senders) {
            spfRecord(domain, mailDomains).ifPresent(v -> dns.add(new DnsRecord(domain, DnsType.TXT, 0, v,
                    SourceRef.NONE)));
        }
        for (String domain : mailDomains) {
            int records = dice.chance(0.15) ? 0 : dice.between(1, 2);
            for (int k = 0; k < records; k++) {
                double r = dice.unit();
                String host = r < 0.8 ? dice.pick(skeletons).hostname() : r < 0.9 ? GHOST_HOST : DANGLING_HOST;
                dns.add(new DnsRecord(domain, DnsType.MX, 10 * k, host, SourceRef.NONE));
            }
        }
        return dns;
    }

    /**
     * An SPF record for a sender domain, or none: one authorising a random node's address (hard or soft fail for
     * the rest), one that includes another domain (include cycles welcome), a malformed one, one that includes a
     * domain without a record.
     */
    private Optional<String> spfRecord(String domain, List<String> mailDomains) {
        double r = dice.unit();
        if (r < 0.45) {
            Skeleton s = dice.pick(skeletons);
            return Optional.of("v=spf1 ip4:" + InetAddresses.toAddrString(dice.pick(s.ips())) + " "
                    + dice.pick(List.of("-all", "~all")));
        }
        if (r < 0.6) {
            return Optional.of("v=spf1 include:" + dice.pick(mailDomains) + " -all");
        }
        if (r < 0.67) {
            return Optional.of("v=spf1 ipv4: 1.2.3.4 -all");
        }
        return r < 0.75 ? Optional.of("v=spf1 include:" + NO_SPF_DOMAIN + " ~all") : Optional.empty();
    }

    /** A known recipient, an unknown one in an organisation's domain, or one in a foreign domain. */
    String anyAddress() {
        double r = dice.unit();
        if (r < 0.55 && !known.isEmpty()) {
            return dice.pick(known);
        }
        return r < 0.8 ? "nobody@" + dice.pick(domains)
                : dice.pick(List.of("x", "y")) + "@" + dice.pick(FOREIGN_DOMAINS);
    }

    /** Mostly a tenant address, as a hybrid remote mailbox's RemoteRoutingAddress is. */
    private String routingAddress() {
        return dice.chance(0.5) && domains.contains(TENANT_DOMAIN)
                ? dice.pick(List.of(LOCAL_PARTS)) + "@" + TENANT_DOMAIN : anyAddress();
    }

    private static Duration min(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static InetAddress ip(String text) {
        return InetAddresses.forString(text);
    }
}
