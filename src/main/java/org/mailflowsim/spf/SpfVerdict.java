package org.mailflowsim.spf;

import java.net.InetAddress;

/**
 * One SPF evaluation: the result of check_host() for {@code ip} and {@code domain}, which identity was checked
 * ({@code mailfrom}, or {@code helo} for a null reverse-path, RFC 7208 §2.4) and a human-readable explanation
 * (for a permerror, the offending term).
 */
public record SpfVerdict(SpfResult result, InetAddress ip, String domain, String identity, String explanation) {
}
