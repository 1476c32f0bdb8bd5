package org.mailflowsim.spf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.mailflowsim.dns.DnsQuery;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.SourceRef;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The openspf RFC 7208 test suite (shipped by Debian's python3-spf) read into our own types: each scenario's
 * {@code zonedata} becomes a {@link SimulatedDns}, so the suite judges the evaluator over the same DNS adapter the
 * simulation uses. Zone semantics follow the suite's reference driver (python3-spf's testspf.py): an {@code SPF}
 * entry also gives a TXT record unless the name has its own TXT entries ({@code TXT: NONE} means none), and
 * {@code TIMEOUT} makes every query type not answered before it time out.
 */
final class Rfc7208Suite {
    static final Path FILE = Path.of("/usr/share/doc/python3-spf/rfc7208-tests.yml.gz");

    record Case(String scenario, String name, String host, String mailFrom, String helo, List<String> results) {
    }

    record Scenario(String description, SimulatedDns dns, List<Case> cases) {
    }

    private Rfc7208Suite() {
    }

    static List<Scenario> load() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(FILE))) {
            for (Object document : new Load(LoadSettings.builder().build()).loadAllFromInputStream(in)) {
                scenarios.add(scenario(map(document)));
            }
        }
        return scenarios;
    }

    private static Scenario scenario(Map<String, Object> doc) {
        String description = String.valueOf(doc.get("description"));
        List<Case> cases = new ArrayList<>();
        map(doc.get("tests")).forEach((name, value) -> {
            Map<String, Object> t = map(value);
            Object result = t.get("result");
            List<String> results = result instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(result));
            cases.add(new Case(description, name, text(t.get("host")), text(t.get("mailfrom")),
                    text(t.get("helo")), results));
        });
        List<DnsRecord> records = new ArrayList<>();
        List<DnsQuery> timeouts = new ArrayList<>();
        map(doc.getOrDefault("zonedata", Map.of())).forEach((name, entries) ->
                zone(name, (List<?>) entries, records, timeouts));
        return new Scenario(description, SimulatedDns.of(records, timeouts), cases);
    }

    /** One name's entries, as testspf.py reads them: generated TXT last, nothing after a TIMEOUT. */
    private static void zone(String name, List<?> entries, List<DnsRecord> records, List<DnsQuery> timeouts) {
        List<Object> ordered = new ArrayList<>(entries);
        boolean ownTxt = entries.stream().anyMatch(e -> e instanceof Map<?, ?> m && m.containsKey("TXT"));
        if (!ownTxt) {
            entries.stream().filter(e -> e instanceof Map<?, ?> m && m.containsKey("SPF"))
                    .forEach(e -> ordered.add(Map.of("TXT", ((Map<?, ?>) e).get("SPF"))));
        }
        EnumSet<DnsType> answered = EnumSet.noneOf(DnsType.class);
        for (Object entry : ordered) {
            if ("TIMEOUT".equals(entry)) {
                EnumSet.complementOf(answered).forEach(t -> timeouts.add(new DnsQuery(name, t)));
                return;
            }
            map(entry).forEach((type, value) -> record(name, type, value).ifPresent(r -> {
                answered.add(r.type());
                records.add(r);
            }));
        }
    }

    private static Optional<DnsRecord> record(String name, String type, Object value) {
        return switch (type) {
            case "SPF" -> Optional.empty(); // RFC 7208 §3.1: type 99 is not used (its TXT copy is)
            case "TXT" -> "NONE".equals(value) ? Optional.empty()
                    : Optional.of(r(name, DnsType.TXT, 0, txt(value)));
            case "MX" -> Optional.of(r(name, DnsType.MX, ((Number) ((List<?>) value).get(0)).intValue(),
                    String.valueOf(((List<?>) value).get(1))));
            default -> Optional.of(r(name, DnsType.valueOf(type), 0, String.valueOf(value)));
        };
    }

    /** A TXT record of several strings is one record, the strings joined without spaces [RFC7208 §3.3]. */
    private static String txt(Object value) {
        return value instanceof List<?> parts ? String.join("", parts.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    private static DnsRecord r(String name, DnsType type, int preference, String value) {
        return new DnsRecord(name, type, preference, value, SourceRef.NONE);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
