package org.mailflowsim.check;

import java.util.List;
import org.mailflowsim.topology.Cidr;

/** Address ranges the static checks recognise. IP lists drift: these are data from domain.md, not truths. */
final class AddressRanges {
    /** RFC 1918 private space, plus the IPv6 unique-local range (RFC 4193). */
    static final List<Cidr> PRIVATE = parse("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7");

    /**
     * Microsoft 365 mail addresses: EOP's SMTP endpoint set and the IPv6 ranges of spf.protection.outlook.com
     * (domain.md §10.2, RMILNE + SPFSNAP), and the relay pool 40.95.0.0/16 (MC266466).
     */
    static final List<Cidr> MICROSOFT_365 = parse("52.100.0.0/14", "40.92.0.0/15", "40.107.0.0/16", "104.47.0.0/17",
            "2a01:111:f400::/48", "2a01:111:f403::/48", "40.95.0.0/16");

    private AddressRanges() {
    }

    static boolean overlapsAny(Cidr range, List<Cidr> ranges) {
        return ranges.stream().anyMatch(range::overlaps);
    }

    private static List<Cidr> parse(String... cidrs) {
        return java.util.Arrays.stream(cidrs).map(c -> Cidr.parse(c).orElseThrow()).toList();
    }
}
