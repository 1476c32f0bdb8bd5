package org.mailflowsim.auth;

import java.util.ArrayList;
import java.util.List;
import org.mailflowsim.spf.SpfVerdict;

/**
 * The header fields a receiver adds to record sender authentication: {@code Received-SPF:} (RFC 7208 §9.1),
 * {@code Authentication-Results:} (RFC 8601) and, when Enhanced Filtering skipped the connecting server, the
 * two fields Exchange Online stamps (EF, domain.md §9 and §13 rule 35).
 */
final class AuthenticationHeaders {
    private AuthenticationHeaders() {
    }

    /** The fields for one verdict, in the order they go on top of the message (above the Received field). */
    static List<String> of(String receiverHost, SpfVerdict v, String mailFrom, String helo,
                           java.util.Optional<ReceivedChain.Relay> skippedTo) {
        List<String> fields = new ArrayList<>();
        String ip = v.ip().getHostAddress();
        fields.add("Authentication-Results: " + receiverHost + "; spf=" + v.result().rfcName() + " (sender IP is "
                + ip + ") smtp." + v.identity() + "=" + v.domain());
        fields.add("Received-SPF: " + v.result().rfcName() + " (" + receiverHost + ": " + comment(v) + ")"
                + " client-ip=" + ip + "; envelope-from=" + (mailFrom.isEmpty() ? "<>" : mailFrom)
                + "; helo=" + helo + "; receiver=" + receiverHost + "; identity=" + v.identity() + ";");
        skippedTo.ifPresent(r -> {
            String sender = "ip=[" + r.ip().getHostAddress() + "];domain=" + r.name();
            fields.add("X-MS-Exchange-SkipListedInternetSender: " + sender);
            fields.add("X-MS-Exchange-ExternalOriginalInternetSender: " + sender);
        });
        return fields;
    }

    /** The explanation made safe for a header comment (RFC 5322 ctext: no parentheses, backslashes or CR/LF). */
    private static String comment(SpfVerdict v) {
        return v.explanation().replaceAll("[()\\\\\\r\\n]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
