package org.mailflowsim.spf;

import java.net.InetAddress;
import org.mailflowsim.dns.SimulatedDns;

/**
 * RFC 7208 check_host() against the simulated DNS. PLACEHOLDER API: the jSPF-backed implementation replaces this.
 */
public final class SpfEvaluator {
    private final SimulatedDns dns;

    public SpfEvaluator(SimulatedDns dns) {
        this.dns = dns;
    }

    /** Evaluates SPF for a client IP, the MAIL FROM address ({@code ""} for the null path) and the HELO name. */
    public SpfVerdict check(InetAddress ip, String mailFrom, String helo) {
        String domain = mailFrom.isEmpty() ? helo : mailFrom.substring(mailFrom.lastIndexOf('@') + 1);
        return new SpfVerdict(SpfResult.NONE, ip, domain, mailFrom.isEmpty() ? "helo" : "mailfrom",
                "not evaluated yet " + dns.hashCode());
    }
}
