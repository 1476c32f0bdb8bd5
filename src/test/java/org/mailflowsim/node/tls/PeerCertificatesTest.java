package org.mailflowsim.node.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerCertificatesTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            // exact names, case and trailing dot ignored
            "mail.contoso.com,   mail.contoso.com,   true",
            "MAIL.Contoso.COM,   mail.contoso.com.,  true",
            "mail.contoso.com,   smtp.contoso.com,   false",
            "contoso.com,        mail.contoso.com,   false",
            // wildcard pattern (connector side): exactly one left-most label
            "*.contoso.com,      mail.contoso.com,   true",
            "*.contoso.com,      contoso.com,        false",
            "*.contoso.com,      a.b.contoso.com,    false",
            "*.contoso.com,      mail.fabrikam.com,  false",
            "*.contoso.com,      mailcontoso.com,    false",
            // wildcard name (certificate SAN side), same rule
            "mail.contoso.com,   *.contoso.com,      true",
            "contoso.com,        *.contoso.com,      false",
            "a.b.contoso.com,    *.contoso.com,      false",
            // two wildcards: only identical ones match
            "*.contoso.com,      *.contoso.com,      true",
            "*.contoso.com,      *.mail.contoso.com, false",
            "*.mail.contoso.com, *.contoso.com,      false",
            // not wildcards: partial labels and bare stars only match themselves
            "m*.contoso.com,     mail.contoso.com,   false",
            "*,                  contoso,            false",
            "*.,                 a,                  false",
            "'',                 '',                 false",
    })
    void nameMatches(String pattern, String name, boolean expected) {
        assertEquals(expected, PeerCertificates.nameMatches(pattern, name));
    }

    @Test
    void namesAreCnThenSansWithoutRepeats() {
        LabPki pki = LabPki.create();
        var cert = pki.issue("x", List.of("mail.contoso.com", "*.contoso.com", "autodiscover.contoso.com"))
                .certificate();
        assertEquals(List.of("mail.contoso.com", "*.contoso.com", "autodiscover.contoso.com"),
                PeerCertificates.names(cert));
        assertEquals(Optional.of("*.contoso.com"), PeerCertificates.matchingName("smtp.contoso.com", cert));
        assertEquals(Optional.empty(), PeerCertificates.matchingName("contoso.com", cert));
    }
}
