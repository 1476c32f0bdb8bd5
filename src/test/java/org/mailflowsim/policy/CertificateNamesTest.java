package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Certificate names against connector patterns (rule 2) and accepted domains (rules 3, 6). */
class CertificateNamesTest {

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource({
            // domain.md §13 rule 2 [PS-IN]: exact TlsSenderCertificateName
            "mail.contoso.com,   mail.contoso.com,     true",
            // domain.md §13 rule 2 [PS-IN]: names compare case-insensitively
            "MAIL.Contoso.com,   mail.contoso.COM,     true",
            // domain.md §13 rule 2 [PS-IN]: exact name does not match another host
            "mail.contoso.com,   smtp.contoso.com,     false",
            // domain.md §13 rule 2 [PS-IN, TLSBLOG]: *.contoso.com covers one left-most label
            "*.contoso.com,      mail.contoso.com,     true",
            // domain.md §13 rule 2 [PS-IN]: a wildcard covers exactly one label, not two
            "*.contoso.com,      host.sub.contoso.com, false",
            // domain.md §13 rule 2 [PS-IN]: a wildcard does not cover the bare domain
            "*.contoso.com,      contoso.com,          false",
            // domain.md §13 rule 2 [PS-IN]: a wildcard of another domain
            "*.contoso.com,      mail.fabrikam.com,    false",
            // domain.md §13 rule 2 [PS-IN]: suffix match must fall on a label boundary
            "*.contoso.com,      mail.notcontoso.com,  false",
            // domain.md §13 rule 2 [TLSBLOG]: a wildcard certificate matches the same wildcard pattern
            "*.contoso.com,      *.contoso.com,        true",
            // domain.md §13 rule 2 [PS-IN]: an embedded wildcard is not a wildcard
            "mail*.contoso.com,  mail1.contoso.com,    false",
    })
    void matches(String pattern, String certName, boolean expected) {
        assertEquals(expected, CertificateNames.matches(pattern, certName));
    }

    @ParameterizedTest(name = "{0} with accepted [{1}] → {2}")
    @CsvSource({
            // domain.md §13 rule 3 [RELAY23]: the certificate's own name is an accepted domain
            "contoso.com,             contoso.com,                 true",
            // domain.md §13 rule 3 [RELAY23, NOTICE]: host name in an accepted domain
            "mail.contoso.com,        contoso.com,                 true",
            // domain.md §13 rule 3 [TLSBLOG]: a wildcard certificate stands for its domain
            "*.contoso.com,           contoso.com,                 true",
            // domain.md §13 rule 6 [ATTR36]: host.sub.contoso.com needs sub.contoso.com, the parent does not do
            "host.sub.contoso.com,    contoso.com,                 false",
            // domain.md §13 rule 6 [ATTR36]: … and qualifies once sub.contoso.com is accepted
            "host.sub.contoso.com,    contoso.com sub.contoso.com, true",
            // domain.md §13 rule 6 [ATTR36]: wildcard of a sub-domain likewise needs the sub-domain
            "*.sub.contoso.com,       contoso.com,                 false",
            // domain.md §13 rule 3 [RELAY23]: a foreign certificate domain
            "mail.fabrikam.com,       contoso.com,                 false",
            // domain.md §13 rule 3 [RELAY23]: case does not matter
            "Mail.Contoso.COM,        contoso.com,                 true",
    })
    void standsForAcceptedDomain(String certName, String accepted, boolean expected) {
        Set<String> domains = Set.of(accepted.split(" "));
        assertEquals(expected, CertificateNames.standsForAcceptedDomain(certName, domains));
    }
}
