package org.mailflowsim.dns;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.Topology;

/**
 * The public DNS of a topology, indexed once at start (no per-message work). Answers MX (sorted by
 * preference), A/AAAA, TXT, PTR and CNAME queries, all offline. A query can be made to time out (a DNS server that
 * does not answer), so SPF temperror can be simulated.
 */
public final class SimulatedDns {
    /** CNAME chains longer than this are treated as a loop (RFC 1034 §3.6.2). */
    private static final int MAX_CNAME_CHAIN = 8;

    private final ImmutableListMultimap<String, String> mx;
    private final ImmutableListMultimap<String, InetAddress> addresses;
    private final ImmutableListMultimap<String, String> txt;
    private final ImmutableListMultimap<String, String> ptr;
    private final ImmutableListMultimap<String, String> cname;
    private final ImmutableSet<DnsQuery> timeouts;

    private SimulatedDns(List<DnsRecord> records, Collection<DnsQuery> timeouts) {
        ImmutableListMultimap.Builder<String, String> mxb = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, InetAddress> ab = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, String> tb = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, String> pb = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, String> cb = ImmutableListMultimap.builder();
        records.stream().sorted(Comparator.comparingInt(DnsRecord::preference)).forEach(r -> {
            switch (r.type()) {
                case MX -> mxb.put(r.name(), r.value());
                case A, AAAA -> ab.put(r.name(), InetAddresses.forString(r.value()));
                case TXT -> tb.put(r.name(), r.value());
                case PTR -> pb.put(r.name(), r.value());
                case CNAME -> cb.put(r.name(), r.value());
            }
        });
        this.mx = mxb.build();
        this.addresses = ab.build();
        this.txt = tb.build();
        this.ptr = pb.build();
        this.cname = cb.build();
        this.timeouts = ImmutableSet.copyOf(timeouts);
    }

    public static SimulatedDns of(Topology topology) {
        return new SimulatedDns(topology.dns(), List.of());
    }

    public static SimulatedDns of(List<DnsRecord> records) {
        return new SimulatedDns(records, List.of());
    }

    /** A DNS whose listed queries time out instead of answering (a lame or overloaded DNS server). */
    public static SimulatedDns of(List<DnsRecord> records, Collection<DnsQuery> timeouts) {
        return new SimulatedDns(records, timeouts);
    }

    /** MX target hosts of a domain, lowest preference first. */
    public List<String> mx(String domain) {
        return mx.get(key(domain));
    }

    public List<InetAddress> addresses(String host) {
        return addresses.get(key(host));
    }

    public List<String> txt(String name) {
        return txt.get(key(name));
    }

    /**
     * A query as a resolver answers it: follows CNAMEs (the records of the final name are returned), and times out
     * when the simulated server for a name on the way does not answer. Values are strings: MX targets by
     * preference, A/AAAA addresses in canonical text form, TXT text, PTR and CNAME targets.
     */
    public DnsAnswer query(String name, DnsType type) {
        String current = key(name);
        for (int hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
            if (timeouts.contains(new DnsQuery(current, type))) {
                return DnsAnswer.TIMEOUT;
            }
            List<String> values = values(current, type);
            List<String> alias = cname.get(current);
            if (!values.isEmpty() || type == DnsType.CNAME || alias.isEmpty()) {
                return DnsAnswer.of(values);
            }
            current = key(alias.get(0));
        }
        return DnsAnswer.of(List.of()); // a CNAME loop: no usable answer (RFC 7208 §5.5 skips such a name)
    }

    private List<String> values(String name, DnsType type) {
        return switch (type) {
            case MX -> mx.get(name);
            case TXT -> txt.get(name);
            case PTR -> ptr.get(name);
            case CNAME -> cname.get(name);
            case A, AAAA -> addresses.get(name).stream()
                    .filter(ip -> (ip instanceof Inet4Address) == (type == DnsType.A))
                    .map(InetAddresses::toAddrString).toList();
        };
    }

    /**
     * The hosts mail for a domain goes to (RFC 5321 §5.1): its MX targets by preference, or the domain itself
     * when it has no MX record (the implicit MX).
     */
    public List<String> mailHosts(String domain) {
        List<String> hosts = mx(domain);
        return hosts.isEmpty() ? List.of(key(domain)) : hosts;
    }

    /** Whether an MX host of {@code domain} resolves to one of the given addresses. */
    public boolean mxPointsTo(String domain, List<InetAddress> ips) {
        return mx(domain).stream().flatMap(h -> addresses(h).stream()).anyMatch(ips::contains);
    }

    /** Names are case-insensitive and a trailing dot (fully qualified form) names the same node. */
    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
