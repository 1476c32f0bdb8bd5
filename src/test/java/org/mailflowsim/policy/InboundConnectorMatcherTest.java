package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.policy.PolicyFixtures.FABRIKAM_IP;
import static org.mailflowsim.policy.PolicyFixtures.ONPREM_IP;
import static org.mailflowsim.policy.PolicyFixtures.inboundByCert;
import static org.mailflowsim.policy.PolicyFixtures.inboundByIp;
import static org.mailflowsim.policy.PolicyFixtures.onPremByCert;
import static org.mailflowsim.policy.PolicyFixtures.onPremByIp;
import static org.mailflowsim.policy.PolicyFixtures.session;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.InboundConnector;

/** Which inbound connector identifies a session (domain.md §13 rules 1–2). */
class InboundConnectorMatcherTest {

    private static Optional<ConnectorMatch> match(List<InboundConnector> connectors, SessionFacts s) {
        return InboundConnectorMatcher.match(connectors, s);
    }

    private static void assertMatch(InboundConnector expected, ConnectorMatch.By by, Optional<ConnectorMatch> m) {
        assertEquals(Optional.of(new ConnectorMatch(expected, by)), m);
    }

    @ParameterizedTest(name = "connector {0}, certificate {1} → {2}")
    @CsvSource({
            // domain.md §13 rule 2 [PS-IN, TLSBLOG]: wildcard connector name vs host certificate
            "*.contoso.com,    mail.contoso.com, true",
            // domain.md §13 rule 2 [PS-IN]: exact connector name
            "mail.contoso.com, mail.contoso.com, true",
            // domain.md §13 rule 2 [PS-IN]: a different host is not identified by an exact name
            "mail.contoso.com, smtp.contoso.com, false",
            // domain.md §13 rule 2 [PS-IN]: a foreign certificate
            "*.contoso.com,    mx.fabrikam.com,  false",
    })
    void certificateMatch(String connectorName, String certName, boolean matches) {
        InboundConnector c = onPremByCert(connectorName);
        Optional<ConnectorMatch> m = match(List.of(c), session(FABRIKAM_IP, true, certName));
        assertEquals(matches ? Optional.of(new ConnectorMatch(c, ConnectorMatch.By.CERTIFICATE)) : Optional.empty(), m);
    }

    @Test
    void anySubjectOrSanOfTheCertificateCounts() {
        // domain.md §13 rule 2 [PS-IN, TLSBLOG]: the connector matches a name among CN and SANs
        InboundConnector c = onPremByCert("mail.contoso.com");
        assertMatch(c, ConnectorMatch.By.CERTIFICATE,
                match(List.of(c), session(FABRIKAM_IP, true, "autodiscover.contoso.com", "mail.contoso.com")));
    }

    @Test
    void noTlsMeansNoCertificateMatch() {
        // domain.md §13 rule 2 [PS-IN]: the certificate name is only known from a TLS session
        InboundConnector c = onPremByCert("*.contoso.com");
        assertEquals(Optional.empty(), match(List.of(c), session(ONPREM_IP, false, "mail.contoso.com")));
    }

    @Test
    void noCertificatePresentedMeansNoCertificateMatch() {
        // domain.md §13 rule 2 [PS-IN]: TLS without a client certificate identifies nothing by certificate
        assertEquals(Optional.empty(), match(List.of(onPremByCert("*.contoso.com")), session(ONPREM_IP, true)));
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            // domain.md §13 rule 2 [PS-IN]: single address
            "131.107.21.231, 131.107.21.231,    true",
            // domain.md §13 rule 2 [PS-IN]: inside a /24
            "131.107.21.231, 131.107.21.0/24,   true",
            // domain.md §13 rule 2 [PS-IN]: outside a /24
            "131.107.22.1,   131.107.21.0/24,   false",
            // domain.md §13 rule 2 [PS-IN]: inside a /28, at its last address
            "131.107.21.239, 131.107.21.224/28, true",
            // domain.md §13 rule 2 [PS-IN]: just past a /28
            "131.107.21.240, 131.107.21.224/28, false",
    })
    void ipMatchByCidr(String peer, String cidr, boolean matches) {
        InboundConnector c = onPremByIp(cidr);
        // IP identification works with or without TLS [PS-IN]
        Optional<ConnectorMatch> m = match(List.of(c), session(peer, false));
        assertEquals(matches ? Optional.of(new ConnectorMatch(c, ConnectorMatch.By.IP)) : Optional.empty(), m);
    }

    @Test
    void certificateWinsOverIp() {
        // domain.md §13 rules 1–2 [MC1226222]: attribution by certificate comes first, whatever the list order
        InboundConnector byIp = onPremByIp("131.107.21.0/24");
        InboundConnector byCert = inboundByCert("HCW inbound", ConnectorType.ON_PREMISES, "*.contoso.com");
        assertMatch(byCert, ConnectorMatch.By.CERTIFICATE,
                match(List.of(byIp, byCert), session(ONPREM_IP, true, "mail.contoso.com")));
    }

    @Test
    void ipMatchesWhenTheCertificateDoesNot() {
        // domain.md §13 rule 2 [PS-IN]: a renewed certificate with another name falls back to the IP connector
        InboundConnector byIp = onPremByIp("131.107.21.0/24");
        InboundConnector byCert = onPremByCert("mail.contoso.com");
        assertMatch(byIp, ConnectorMatch.By.IP,
                match(List.of(byCert, byIp), session(ONPREM_IP, true, "mail2.contoso.com")));
    }

    @Test
    void onPremisesConnectorIsNotShadowedByAPartnerConnectorForTheSameIp() {
        // domain.md §13 rule 3 [RELAY23] with rule 24 [3PC]: a Partner lock-down connector may coexist for the
        // same IP; the OnPremises connector must still be found, or on-prem relay breaks (seed scenario 3 step 5)
        InboundConnector partner = inboundByIp("Partner: only via MX", ConnectorType.PARTNER, "131.107.21.0/24");
        InboundConnector onPrem = onPremByIp("131.107.21.0/24");
        assertMatch(onPrem, ConnectorMatch.By.IP, match(List.of(partner, onPrem), session(ONPREM_IP, false)));
    }

    @Test
    void partnerConnectorStillMatchesOnItsOwn() {
        // domain.md §4 [3PC]: a third party's Partner connector identifies it by certificate
        InboundConnector partner = inboundByCert("From filter", ConnectorType.PARTNER, "mx.filter.example");
        Optional<ConnectorMatch> m = match(List.of(onPremByIp("131.107.21.0/24"), partner),
                session("192.0.2.50", true, "mx.filter.example"));
        assertTrue(m.isPresent());
        assertEquals(ConnectorType.PARTNER, m.get().connector().type());
    }
}
