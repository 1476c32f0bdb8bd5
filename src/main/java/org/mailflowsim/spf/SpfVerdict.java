package org.mailflowsim.spf;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;

/**
 * One SPF evaluation: the result of check_host() for {@code ip} and {@code domain}, which identity was checked
 * ({@code mailfrom}, or {@code helo} for a null reverse-path, RFC 7208 §2.4) and a human-readable explanation
 * (for a permerror, the offending term).
 */
public record SpfVerdict(SpfResult result, InetAddress ip, String domain, String identity, String explanation) {

    /**
     * The RFC 7208 §9.1 trace header a receiver adds, e.g. {@code Received-SPF: pass (mx.fabrikam.com: the SPF
     * record of contoso.com designates 131.107.21.231 as a permitted sender) client-ip=131.107.21.231;
     * identity=mailfrom; receiver=mx.fabrikam.com;} (a folded header: no line breaks are inserted).
     */
    public String receivedSpfHeader(String receiverHost) {
        return "Received-SPF: " + result.rfcName() + " (" + receiverHost + ": " + comment() + ") client-ip="
                + InetAddresses.toAddrString(ip) + "; identity=" + identity + "; " + (identity.equals("helo")
                        ? "helo=" + domain + "; " : "") + "receiver=" + receiverHost + ";";
    }

    /**
     * The RFC 8601 form, e.g. {@code Authentication-Results: mx.fabrikam.com; spf=pass smtp.mailfrom=contoso.com}
     * ({@code smtp.helo=} when the HELO identity was checked).
     */
    public String authenticationResults(String receiverHost) {
        return "Authentication-Results: " + receiverHost + "; spf=" + result.rfcName() + " smtp."
                + (identity.equals("helo") ? "helo" : "mailfrom") + "=" + domain;
    }

    /** The explanation made safe for a header comment (RFC 5322 ctext: no unbalanced parentheses or CR/LF). */
    private String comment() {
        return explanation.replaceAll("[()\\\\\\r\\n]", " ").trim();
    }
}
