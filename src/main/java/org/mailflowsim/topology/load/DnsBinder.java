package org.mailflowsim.topology.load;

import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;

/**
 * Binds one entry of {@code dns:}. MX needs a preference (0 to 65535) and a host name, A an IPv4 address,
 * AAAA an IPv6 address, PTR and CNAME a host name; TXT text is kept verbatim, so a malformed SPF record loads as
 * written.
 */
final class DnsBinder {
    private static final Set<String> KEYS = Set.of("name", "type", "preference", "value");

    private final Problems problems;

    DnsBinder(Problems problems) {
        this.problems = problems;
    }

    Optional<DnsRecord> bind(YamlValue item) {
        return item.asMap("DNS record", KEYS).flatMap(this::record);
    }

    private Optional<DnsRecord> record(YamlMap map) {
        Optional<String> name = map.requiredText("name").flatMap(this::dnsName);
        Optional<DnsType> type = map.requiredText("type").flatMap(t -> Choices.parse(t, "DNS record type",
                problems, DnsType::name, DnsType.values()));
        Optional<Text> value = map.requiredText("value");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        int preference = preference(map, type.get());
        Optional<String> checked = value.flatMap(v -> checkValue(v, type.get()));
        if (name.isEmpty() || checked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DnsRecord(name.get(), type.get(), preference, checked.get(), map.at()));
    }

    private Optional<String> dnsName(Text t) {
        if (Formats.isDnsName(t.value())) {
            return Optional.of(t.value());
        }
        problems.add(t.at(), "malformed DNS name " + t.quoted());
        return Optional.empty();
    }

    private int preference(YamlMap map, DnsType type) {
        if (type != DnsType.MX) {
            map.get("preference").ifPresent(v -> problems.add(v.at(), "preference is only for MX records, not "
                    + type));
            return 0;
        }
        Optional<YamlValue> value = map.required("preference");
        Optional<Integer> preference = value.flatMap(YamlValue::asInteger);
        if (preference.isPresent() && (preference.get() < 0 || preference.get() > 65535)) {
            problems.add(value.get().at(), "MX preference must be 0 to 65535, got " + preference.get());
        }
        return preference.orElse(0);
    }

    private Optional<String> checkValue(Text value, DnsType type) {
        switch (type) {
            case MX:
                return expect(value, Formats.isDomain(value.value()), "an MX record needs a host name");
            case A:
                return expect(value, Formats.isIpv4(value.value()), "an A record needs an IPv4 address");
            case AAAA:
                return expect(value, Formats.isIpv6(value.value()), "an AAAA record needs an IPv6 address");
            case PTR:
            case CNAME:
                return expect(value, Formats.isDomain(value.value()), "a " + type + " record needs a host name");
            default:
                return Optional.of(value.value());
        }
    }

    private Optional<String> expect(Text value, boolean valid, String message) {
        if (!valid) {
            problems.add(value.at(), message + ", got " + value.quoted());
            return Optional.empty();
        }
        return Optional.of(value.value());
    }
}
