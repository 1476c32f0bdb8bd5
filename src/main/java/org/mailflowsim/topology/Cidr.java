package org.mailflowsim.topology;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Optional;

/** An IPv4 or IPv6 address range in CIDR form; a bare address is a /32 (or /128). */
public record Cidr(InetAddress network, int prefixLength) {

    public static Optional<Cidr> parse(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        String addressPart = slash < 0 ? s : s.substring(0, slash);
        if (!InetAddresses.isInetAddress(addressPart)) {
            return Optional.empty();
        }
        InetAddress address = InetAddresses.forString(addressPart);
        int max = address.getAddress().length * 8;
        int prefix = max;
        if (slash >= 0) {
            String p = s.substring(slash + 1);
            if (!p.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(p);
            if (prefix > max) {
                return Optional.empty();
            }
        }
        return Optional.of(new Cidr(address, prefix));
    }

    public boolean contains(InetAddress candidate) {
        byte[] net = network.getAddress();
        byte[] ip = candidate.getAddress();
        if (net.length != ip.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (net[i] != ip[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (net[full] & mask) == (ip[full] & mask);
    }

    /** Whether the two ranges share an address (CIDR blocks either nest or are disjoint). */
    public boolean overlaps(Cidr other) {
        return contains(other.network) || other.contains(network);
    }

    @Override
    public String toString() {
        return InetAddresses.toAddrString(network) + "/" + prefixLength;
    }
}
