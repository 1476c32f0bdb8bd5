package org.mailflowsim.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Certificate-name matching as connectors use it (PS-IN TlsSenderCertificateName). */
public final class CertificateNames {
    private CertificateNames() {
    }

    /**
     * Whether a certificate name matches a connector's pattern. A wildcard ({@code *.contoso.com}, on either
     * side) stands for exactly one left-most label; an embedded wildcard is not allowed (PS-IN).
     */
    public static boolean matches(String pattern, String certName) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String n = certName.toLowerCase(Locale.ROOT);
        if (p.equals(n)) {
            return true;
        }
        if (p.startsWith("*.") && !n.startsWith("*.")) {
            int dot = n.indexOf('.');
            return dot > 0 && n.substring(dot + 1).equals(p.substring(2));
        }
        return false;
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
