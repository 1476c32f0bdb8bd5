package org.mailflowsim.topology;

import java.net.InetAddress;
import java.util.List;

/**
 * Address space no receiver on the internet sees mail from (RFC 6890): RFC 1918, loopback, link-local, "this
 * network", shared address space (RFC 6598), benchmarking, reserved, and their IPv6 counterparts (unique-local
 * RFC 4193, the deprecated site-local). The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
 * 2001:db8::/32) are left out on purpose: the simulated internet uses them as its public addresses. One list for
 * every rule that needs it: SPF records (lint), Enhanced Filtering's automatic skip (domain.md §9, rule 36).
 */
public final class NonGlobalAddresses {
    private static final List<Cidr> RANGES = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "198.18.0.0/15", "240.0.0.0/4", "::/127", "fc00::/7",
            "fe80::/10", "fec0::/10").stream().map(c -> Cidr.parse(c).orElseThrow()).toList();

    private NonGlobalAddresses() {
    }

    /** Whether the range shares any address with non-global space. */
    public static boolean overlaps(Cidr range) {
        return RANGES.stream().anyMatch(range::overlaps);
    }

    /** Whether an internet receiver can see this address as a connecting client. */
    public static boolean isPublic(InetAddress ip) {
        return !ip.isMulticastAddress() && RANGES.stream().noneMatch(r -> r.contains(ip));
    }
}
