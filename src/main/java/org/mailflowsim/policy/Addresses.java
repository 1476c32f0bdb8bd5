package org.mailflowsim.policy;

import java.util.Locale;

/** Envelope address helpers. Addresses are compared in lower case; {@code ""} is the null reverse-path. */
public final class Addresses {
    private Addresses() {
    }

    public static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    public static boolean isNull(String reversePath) {
        return reversePath.isEmpty();
    }
}
