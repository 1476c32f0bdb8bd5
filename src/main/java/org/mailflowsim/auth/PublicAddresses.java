package org.mailflowsim.auth;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Which addresses an internet receiver can see as a connecting client. Private (RFC 1918, RFC 4193), loopback,
 * link-local, shared (RFC 6598) and unspecified addresses are not; the RFC 5737 documentation ranges are, since
 * the simulated internet uses them as its public addresses.
 */
public final class PublicAddresses {
    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress ip) {
        if (ip.isAnyLocalAddress() || ip.isLoopbackAddress() || ip.isLinkLocalAddress() || ip.isSiteLocalAddress()
                || ip.isMulticastAddress()) {
            return false;
        }
        byte[] b = ip.getAddress();
        if (ip instanceof Inet4Address) {
            boolean sharedSpace = (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;   // 100.64.0.0/10 [RFC 6598]
            return !sharedSpace;
        }
        return (b[0] & 0xfe) != 0xfc;                                          // fc00::/7 [RFC 4193]
    }
}
