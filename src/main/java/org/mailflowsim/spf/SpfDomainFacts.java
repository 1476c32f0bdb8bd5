package org.mailflowsim.spf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.NonGlobalAddresses;
import org.mailflowsim.topology.DnsRecord.DnsType;

/** What SPF records in a topology's DNS refer to, read statically for {@link SpfLint} (no evaluation). */
final class SpfDomainFacts {
    /** More than this is a permerror; a loop counts as more [RFC7208 §4.6.4]. */
    private static final int LOOKUP_LIMIT = 10;
    private static final Set<String> QUERYING = Set.of("include", "a", "mx", "ptr", "exists", "redirect");

    private final SimulatedDns dns;

    SpfDomainFacts(List<DnsRecord> records) {
        this.dns = SimulatedDns.of(records);
    }

    boolean hasSpfRecord(String domain) {
        return spfRecord(domain).isPresent();
    }

    private Optional<String> spfRecord(String domain) {
        return dns.txt(domain).stream().filter(SpfRecordSyntax::isSpfRecord).findFirst();
    }

    /** The literal domains of include: and redirect= terms (those with macros cannot be known statically). */
    static List<String> includeTargets(String record) {
        List<String> targets = new ArrayList<>();
        for (String term : SpfRecordSyntax.terms(record)) {
            String lower = term.toLowerCase(Locale.ROOT).replaceFirst("^[-+~?]", "");
            String target = lower.startsWith("include:") ? lower.substring(8)
                    : lower.startsWith("redirect=") ? lower.substring(9) : "";
            if (!target.isEmpty() && !target.contains("%")) {
                targets.add(target.endsWith(".") ? target.substring(0, target.length() - 1) : target);
            }
        }
        return targets;
    }

    /** The ip4:/ip6: networks of a record that overlap non-global space. */
    static List<String> nonGlobalNetworks(String record) {
        List<String> found = new ArrayList<>();
        for (String term : SpfRecordSyntax.terms(record)) {
            String lower = term.toLowerCase(Locale.ROOT).replaceFirst("^[-+~?]", "");
            if (lower.startsWith("ip4:") || lower.startsWith("ip6:")) {
                Cidr.parse(lower.substring(4)).filter(NonGlobalAddresses::overlaps)
                        .ifPresent(c -> found.add(lower.substring(4)));
            }
        }
        return found;
    }

    /** DNS-querying terms of a domain's record, counted through include: and redirect= [RFC7208 §4.6.4]. */
    int lookupCount(String domain) {
        return count(domain, new HashSet<>());
    }

    private int count(String domain, Set<String> path) {
        Optional<String> record = spfRecord(domain);
        if (record.isEmpty()) {
            return 0;
        }
        if (!path.add(domain)) {
            return LOOKUP_LIMIT + 1; // an include loop never ends: receivers stop at the limit
        }
        int total = 0;
        for (String term : SpfRecordSyntax.terms(record.get())) {
            String name = term.toLowerCase(Locale.ROOT).replaceFirst("^[-+~?]", "").split("[:=/]", 2)[0];
            total += QUERYING.contains(name) ? 1 : 0;
        }
        for (String target : includeTargets(record.get())) {
            total += count(target, path);
        }
        path.remove(domain);
        return total;
    }

    /** The a:, mx: and exists: targets of a record (the record's own name for a bare a / mx) that have no records. */
    List<String> voidLookups(String owner, String record) {
        List<String> voids = new ArrayList<>();
        for (String term : SpfRecordSyntax.terms(record)) {
            String lower = term.toLowerCase(Locale.ROOT).replaceFirst("^[-+~?]", "");
            String name = lower.split("[:/]", 2)[0];
            if (!Set.of("a", "mx", "exists").contains(name) || lower.contains("%")) {
                continue;
            }
            String target = lower.startsWith(name + ":") ? lower.substring(name.length() + 1).split("/")[0] : owner;
            DnsType type = name.equals("mx") ? DnsType.MX : DnsType.A;
            if (dns.query(target, type).isVoid() && (type == DnsType.MX || dns.query(target, DnsType.AAAA).isVoid())) {
                voids.add(target);
            }
        }
        return voids;
    }
}
