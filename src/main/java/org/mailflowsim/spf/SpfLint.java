package org.mailflowsim.spf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mailflowsim.check.Finding;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.Topology;

/**
 * Static checks of every SPF record in a topology's DNS (used by {@code mailflow check}), before any mail is sent:
 * what an RFC 7208 receiver would make of each record [domain.md §10, §13 rules 37–38]. Rule ids are stable:
 * {@code spf-version}, {@code spf-syntax}, {@code spf-multiple}, {@code spf-include-none}, {@code spf-lookups},
 * {@code spf-void-lookups}, {@code spf-private-address}.
 */
public final class SpfLint {
    /** A TXT record that is meant as SPF but is not selected as one (S7: {@code v= ... spf1 ...}). */
    private static final Pattern LOOKS_LIKE_SPF = Pattern.compile(
            "(?i)^\\s*v=.*|.*spf1.*|.*(?:^|\\s)(?:include|ipv?4|ipv?6):\\S*.*");

    private final Map<String, List<DnsRecord>> spfByName;
    private final SpfDomainFacts facts;
    private final List<Finding> findings = new ArrayList<>();

    private SpfLint(Topology topology) {
        this.spfByName = topology.dns().stream().filter(r -> r.type() == DnsType.TXT)
                .filter(r -> SpfRecordSyntax.isSpfRecord(r.value()))
                .collect(Collectors.groupingBy(DnsRecord::name, LinkedHashMap::new, Collectors.toList()));
        this.facts = new SpfDomainFacts(topology.dns());
    }

    /** Findings for the SPF records (TXT records that are, or look like, SPF) of the topology's DNS. */
    public static List<Finding> lint(Topology topology) {
        SpfLint lint = new SpfLint(topology);
        topology.dns().stream().filter(r -> r.type() == DnsType.TXT).forEach(lint::check);
        return List.copyOf(lint.findings);
    }

    private void check(DnsRecord txt) {
        String value = txt.value();
        if (!SpfRecordSyntax.isSpfRecord(value)) {
            if (LOOKS_LIKE_SPF.matcher(value).matches() && !value.toLowerCase(Locale.ROOT).startsWith("v=dmarc")) {
                add(txt, "spf-version", "the TXT record of " + txt.name() + " looks like SPF but does not start with"
                        + " exactly 'v=spf1' followed by a space, so receivers discard it; with no other SPF record"
                        + " the result is none for every sender [RFC 7208 §4.5]",
                        fixOr(value, "start the record with 'v=spf1 ' and remove the stray version pieces"));
            }
            return;
        }
        List<DnsRecord> sameName = spfByName.get(txt.name());
        if (sameName.size() > 1 && sameName.get(0) != txt) {
            add(txt, "spf-multiple", txt.name() + " publishes " + sameName.size() + " SPF records; receivers return"
                    + " permerror for every sender [RFC 7208 §4.5]",
                    "merge them into one record that starts with 'v=spf1' and delete the others");
        }
        List<SpfRecordSyntax.TermError> errors = SpfRecordSyntax.errors(value);
        if (!errors.isEmpty()) {
            add(txt, "spf-syntax", "the SPF record of " + txt.name() + " has invalid terms: "
                    + errors.stream().map(Object::toString).collect(Collectors.joining("; "))
                    + "; receivers return permerror for every sender, even permitted ones [RFC 7208 §4.6, §12]",
                    fixOr(value, "correct each listed term"));
        }
        String evaluated = errors.isEmpty() ? value : SpfRecordRepair.repair(value).orElse(value);
        includeNone(txt, value);
        privateAddresses(txt, evaluated);
        if (errors.isEmpty()) {
            limits(txt);
        }
    }

    private void includeNone(DnsRecord txt, String value) {
        for (String target : SpfDomainFacts.includeTargets(value)) {
            if (!facts.hasSpfRecord(target)) {
                add(txt, "spf-include-none", "the SPF record of " + txt.name() + " includes or redirects to "
                        + target + ", which publishes no SPF record; receivers reaching that term return permerror"
                        + " [RFC 7208 §5.2, §6.1]", target.endsWith(".co") ? "correct the typo: "
                        + target + "m, not " + target : "name the provider's real SPF include instead of " + target
                        + ", or publish an SPF record for it");
            }
        }
    }

    private void privateAddresses(DnsRecord txt, String value) {
        for (String network : SpfDomainFacts.nonGlobalNetworks(value)) {
            add(txt, "spf-private-address", "the SPF record of " + txt.name() + " lists " + network + ", which is"
                    + " private or non-global address space (RFC 1918, loopback, link-local, RFC 6890); no"
                    + " receiver on the internet sees mail from it",
                    "remove " + (network.contains(":") ? "ip6:" : "ip4:") + network
                    + " from the public record; list the public address the traffic leaves from (after NAT)");
        }
    }

    private void limits(DnsRecord txt) {
        int lookups = facts.lookupCount(txt.name());
        if (lookups > 10) {
            add(txt, "spf-lookups", "the SPF record of " + txt.name() + " needs " + lookups + " DNS-querying terms"
                    + " (include, a, mx, ptr, exists, redirect, counted through includes); more than 10 is a"
                    + " permerror [RFC 7208 §4.6.4]", "flatten includes into ip4:/ip6: terms or drop unused"
                    + " includes until at most 10 remain");
        }
        List<String> voids = facts.voidLookups(txt.name(), txt.value());
        if (voids.size() > 2) {
            add(txt, "spf-void-lookups", "the SPF record of " + txt.name() + " names " + voids.size()
                    + " domains that have no records (" + String.join(", ", voids) + "); more than 2 void lookups is"
                    + " a permerror [RFC 7208 §4.6.4]", "remove the terms naming domains that do not exist");
        }
    }

    private static String fixOr(String value, String otherwise) {
        Optional<String> repaired = SpfRecordRepair.repair(value);
        return repaired.map(r -> "publish \"" + r + "\"").orElse(otherwise);
    }

    private void add(DnsRecord txt, String rule, String message, String fix) {
        findings.add(new Finding(txt.source(), rule, message, fix));
    }
}
