package org.mailflowsim.trace;

import java.util.Optional;

/**
 * The SPF verdict a receiving node recorded for one hop: the RFC 7208 result, the client IP and domain it was
 * computed for, which identity ({@code mailfrom}, or {@code helo} for the null reverse-path), why, and — when
 * Enhanced Filtering looked past the connecting server — the address it skipped (domain.md §9, EF).
 */
public record SpfCheck(String result, String ip, String domain, String identity, String explanation,
                       Optional<String> skippedIp) {

    /** One line for reports, e.g. {@code spf=pass for fabrikam.com from 198.51.100.25 (skipped 192.0.2.80)}. */
    public String summary() {
        return "spf=" + result + " for " + domain + " from " + ip
                + skippedIp.map(s -> " (Enhanced Filtering skipped " + s + ")").orElse("");
    }
}
