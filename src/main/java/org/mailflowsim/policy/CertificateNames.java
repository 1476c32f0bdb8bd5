package org.mailflowsim.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Certificate-name matching as connectors use it (PS-IN TlsSenderCertificateName). */
public final class CertificateNames {
    private CertificateNames() {
    }

    /**
     * Whether a certificate name matches a connector's pattern (PS-IN: wildcards allowed, embedded ones not),
     * case-insensitive, ignoring a trailing dot. Either side may be a wildcard {@code *.contoso.com}, standing for
     * exactly one left-most label: it matches {@code mail.contoso.com} but neither {@code contoso.com} nor
     * {@code a.b.contoso.com}. Two wildcards match only if identical; partial-label wildcards only match themselves.
     */
    public static boolean matches(String pattern, String certName) {
        String p = normalize(pattern);
        String n = normalize(certName);
        if (p.isEmpty() || n.isEmpty()) {
            return false;
        }
        if (p.equals(n)) {
            return true;
        }
        boolean pWild = p.startsWith("*.");
        boolean nWild = n.startsWith("*.");
        if (pWild == nWild) {
            return false;
        }
        return pWild ? coversOneLabel(p.substring(2), n) : coversOneLabel(n.substring(2), p);
    }

    /** {@code host} is exactly one non-empty, non-wildcard label followed by {@code .base}. */
    private static boolean coversOneLabel(String base, String host) {
        int dot = host.indexOf('.');
        return !base.isEmpty() && dot > 0 && host.substring(dot + 1).equals(base)
                && !host.substring(0, dot).contains("*");
    }

    private static String normalize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    public static boolean anyMatches(String pattern, Collection<String> certNames) {
        for (String n : certNames) {
            if (matches(pattern, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The accepted domain a certificate name stands for, per ATTR36 / domain.md §13 rule 6: the name itself
     * when it is an accepted domain, otherwise the name less its host label, which must be an accepted domain
     * exactly ({@code host.sub.contoso.com} needs {@code sub.contoso.com}; {@code contoso.com} alone does not do).
     */
    public static boolean standsForAcceptedDomain(String certName, Set<String> acceptedDomains) {
        String n = certName.toLowerCase(Locale.ROOT);
        if (acceptedDomains.contains(n)) {
            return true;
        }
        int dot = n.indexOf('.');
        return dot > 0 && acceptedDomains.contains(n.substring(dot + 1));
    }
}
