package org.mailflowsim.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers to read SMTP replies such as {@code 550 5.7.64 TenantAttribution; Relay Access Denied}. */
public final class SmtpReplies {
    private static final Pattern ENHANCED = Pattern.compile("(?:^|\\s)([245]\\.\\d{1,3}\\.\\d{1,3})(?=\\s|$)");

    private SmtpReplies() {
    }

    public static Optional<String> enhancedCode(String reply) {
        Matcher m = ENHANCED.matcher(reply);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Whether an actual reply satisfies an expected code. The expectation may be a whole reply prefix
     * ({@code 550 5.7.64}), a basic code ({@code 550}) or an enhanced code ({@code 5.7.64}).
     */
    public static boolean matches(String expected, String actual) {
        String e = expected.trim();
        if (actual.startsWith(e)) {
            return true;
        }
        return enhancedCode(actual).map(e::equals).orElse(false);
    }
}
