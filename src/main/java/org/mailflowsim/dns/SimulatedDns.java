package org.mailflowsim.dns;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.Topology;

/**
 * The public DNS of a topology, indexed once at start (no per-message work). Answers MX (sorted by
 * preference), A/AAAA and TXT queries, all offline.
 */
public final class SimulatedDns {
    private final ImmutableListMultimap<String, String> mx;
    private final ImmutableListMultimap<String, InetAddress> addresses;
    private final ImmutableListMultimap<String, String> txt;

    private SimulatedDns(List<DnsRecord> records) {
        ImmutableListMultimap.Builder<String, String> mxb = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, InetAddress> ab = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, String> tb = ImmutableListMultimap.builder();
        records.stream().sorted(Comparator.comparingInt(DnsRecord::preference)).forEach(r -> {
            switch (r.type()) {
                case MX -> mxb.put(r.name(), r.value());
                case A, AAAA -> ab.put(r.name(), InetAddresses.forString(r.value()));
                case TXT -> tb.put(r.name(), r.value());
            }
        });
        this.mx = mxb.build();
        this.addresses = ab.build();
        this.txt = tb.build();
    }

    public static SimulatedDns of(Topology topology) {
        return new SimulatedDns(topology.dns());
    }

    public static SimulatedDns of(List<DnsRecord> records) {
        return new SimulatedDns(records);
    }

    /** MX target hosts of a domain, lowest preference first. */
    public List<String> mx(String domain) {
        return mx.get(domain.toLowerCase(java.util.Locale.ROOT));
    }

    public List<InetAddress> addresses(String host) {
        return addresses.get(host.toLowerCase(java.util.Locale.ROOT));
    }

    public List<String> txt(String name) {
        return txt.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The hosts mail for a domain goes to (RFC 5321 §5.1): its MX targets by preference, or the domain itself
     * when it has no MX record (the implicit MX).
     */
    public List<String> mailHosts(String domain) {
        List<String> hosts = mx(domain);
        return hosts.isEmpty() ? List.of(domain.toLowerCase(java.util.Locale.ROOT)) : hosts;
    }

    /** Whether an MX host of {@code domain} resolves to one of the given addresses. */
    public boolean mxPointsTo(String domain, List<InetAddress> ips) {
        return mx(domain).stream().flatMap(h -> addresses(h).stream()).anyMatch(ips::contains);
    }

}
