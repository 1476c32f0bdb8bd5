package org.mailflowsim.dsn;

/** The short human-readable first part of a DSN: who failed, the reply, and a hint for the admin [NDRX]. */
final class DsnText {
    private static final String CRLF = "\r\n";

    private DsnText() {
    }

    static String of(FailureReport report) {
        StringBuilder t = new StringBuilder(report.anyFailed()
                ? "Your message couldn't be delivered to these recipients:"
                : "Delivery to these recipients is delayed; the server will keep trying:").append(CRLF).append(CRLF);
        for (FailedRecipient r : report.recipients()) {
            t.append("  ").append(r.address()).append(" (").append(r.action()).append(", ").append(r.status())
                    .append(')').append(CRLF);
            r.remoteMta().ifPresent(h -> t.append("    Remote server: ").append(h).append(CRLF));
            r.diagnosticCode().ifPresent(d -> wrap(t, "    Reply: " + oneLine(d)));
            wrap(t, "    For the email admin: " + advice(r.status()));
        }
        return t.append(CRLF).append("Generating server: ").append(report.reportingMtaHost()).append(CRLF).toString();
    }

    /** A hint by status class and subject (RFC 3463); 5.7.64 is the relay rule of domain.md §2.2. */
    static String advice(String status) {
        if (status.equals("5.7.64")) {
            return "the tenant could not attribute this relay: check the on-premises inbound connector"
                    + " (certificate or IP) and the sender's accepted domains.";
        }
        if (status.startsWith("4.")) {
            return "a temporary problem; the sending server retries. Act only if it persists.";
        }
        if (status.startsWith("5.7.")) {
            return "refused by policy: check the receiving side's connectors and relay permissions.";
        }
        if (status.startsWith("5.4.")) {
            return "a routing problem: check MX records, connectors and possible mail loops.";
        }
        if (status.startsWith("5.1.")) {
            return "an address problem: check that the recipient exists and is spelled right.";
        }
        return "look up the status code (RFC 3463) and the server's reply above.";
    }

    /** Appends {@code line} broken at spaces into lines of at most 76 characters, continuation lines indented. */
    static void wrap(StringBuilder t, String line) {
        int width = 76;
        String rest = line;
        while (rest.length() > width && rest.lastIndexOf(' ', width) > 8) {
            int cut = rest.lastIndexOf(' ', width);
            t.append(rest, 0, cut).append(CRLF);
            rest = "      " + rest.substring(cut + 1);
        }
        t.append(rest).append(CRLF);
    }

    /** Multi-line SMTP replies joined with spaces, so header fields and text lines stay single lines. */
    static String oneLine(String reply) {
        return reply.replaceAll("[\\r\\n]+\\s*", " ").trim();
    }
}
