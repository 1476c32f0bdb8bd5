package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.policy.PolicyFixtures.COEXISTENCE;
import static org.mailflowsim.policy.PolicyFixtures.COEXISTENCE_HOST;
import static org.mailflowsim.policy.PolicyFixtures.EXO_HOST;
import static org.mailflowsim.policy.PolicyFixtures.EXO_IP;
import static org.mailflowsim.policy.PolicyAssertions.assertAccepts;
import static org.mailflowsim.policy.PolicyAssertions.assertDelivers;
import static org.mailflowsim.policy.PolicyAssertions.assertFails;
import static org.mailflowsim.policy.PolicyAssertions.assertRefuses;
import static org.mailflowsim.policy.PolicyAssertions.assertRelays;
import static org.mailflowsim.policy.PolicyFixtures.connector;
import static org.mailflowsim.policy.PolicyFixtures.inboundByCert;
import static org.mailflowsim.policy.PolicyFixtures.inboundByIp;
import static org.mailflowsim.policy.PolicyFixtures.internetSession;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.onprem;
import static org.mailflowsim.policy.PolicyFixtures.session;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.TlsMode;

/** On-premises Exchange Server: domain.md §2.3, §5 and §13 rules 20–22 (hop count: HopCountTest). */
class ExchangeServerPolicyTest {
    private static final String NOT_FOUND = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found";
    private static final String ANONYMOUS_RELAY = "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain";
    private static final String OUTSIDE = "sam@tailspintoys.com";
    private static final String ANN_ROUTING = "ann@" + COEXISTENCE;
    private static final ConnectorBuilder TO_O365 = connector("Outbound to Office 365", COEXISTENCE)
            .domainValidation("mail.protection.outlook.com").certificate("mail.contoso.com");
    private static final ConnectorBuilder INTERNET_BY_DNS = connector("Internet", "*");
    private static final PolicyFixtures.Subject ONPREM = onprem().mailbox("bob@contoso.com")
            .remoteMailbox("ann@contoso.com", ANN_ROUTING)
            .inbound(inboundByCert("Default Frontend", ConnectorType.ON_PREMISES, "mail.protection.outlook.com"),
                    inboundByIp("Partner scanner", ConnectorType.PARTNER, "198.51.100.0/24"))
            .outbound(TO_O365, INTERNET_BY_DNS).with(mxToExo());
    private static final SessionFacts FROM_EXO = session(EXO_IP, true, "mail.protection.outlook.com");

    @Test
    void unknownRecipientInAuthoritativeDomainIsAcceptedThenFailsInTheResolver() {
        // domain.md §13 rule 21 [KB2685437, NDRS]: missing object on-prem → 5.1.1 RESOLVER.ADR.RecipNotFound,
        // found by the categorizer after acceptance (an NDR, not an SMTP refusal)
        assertAccepts(ONPREM.rcpt(internetSession(), "john@fabrikam.com", "nobody@contoso.com"));
        assertFails(NOT_FOUND, ONPREM.route(Provenance.submitted(), "john@fabrikam.com", "nobody@contoso.com"));
    }

    @Test
    void mailboxesAndRemoteMailboxesAreKnownRecipients() {
        // domain.md §5 [PS-RM]: the remote mailbox of a cloud user is an on-prem recipient object
        assertAccepts(ONPREM.rcpt(internetSession(), "john@fabrikam.com", "bob@contoso.com"));
        assertAccepts(ONPREM.rcpt(internetSession(), "john@fabrikam.com", "ann@contoso.com"));
    }

    @Test
    void unknownRecipientInARelayDomainIsAccepted() {
        // domain.md §5 [ACC, Exchange AcceptedDomainType]: InternalRelay / ExternalRelay domains relay unknowns
        PolicyFixtures.Subject s = onprem().internalRelay("contoso.com").externalRelay("contoso.net")
                .outbound(INTERNET_BY_DNS).with(mxToExo());
        assertAccepts(s.rcpt(internetSession(), "john@fabrikam.com", "nobody@contoso.com"));
        assertAccepts(s.rcpt(internetSession(), "john@fabrikam.com", "nobody@contoso.net"));
    }

    @ParameterizedTest(name = "P1 <{0}>")
    @ValueSource(strings = {"john@fabrikam.com", "bob@contoso.com", ""})
    void anonymousRelayIsRefused(String mailFrom) {
        // domain.md §13 rule 22 [OBS-5.7.54]: anonymous relay to a non-accepted domain, whatever the P1
        assertRefuses(ANONYMOUS_RELAY, ONPREM.rcpt(internetSession(), mailFrom, OUTSIDE));
    }

    @Test
    void exoWithoutItsCertificateIsAnonymous() {
        // domain.md §13 rule 22 [OBS-5.7.54, TLSBLOG]: the receive connector trusts EXO by certificate only
        assertRefuses(ANONYMOUS_RELAY, ONPREM.rcpt(session(EXO_IP, false), "ann@contoso.com", OUTSIDE));
    }

    @Test
    void partnerReceiveConnectorGrantsNoRelay() {
        // domain.md §13 rule 22 [OBS-5.7.54] with §2.1 [PS-IN]: only OnPremises connectors grant relay rights
        assertRefuses(ANONYMOUS_RELAY, ONPREM.rcpt(session("198.51.100.7", false), "x@fabrikam.com", OUTSIDE));
    }

    @ParameterizedTest(name = "P1 <{0}>")
    @ValueSource(strings = {"ann@contoso.com", "john@fabrikam.com", ""})
    void sessionMatchingAnOnPremisesReceiveConnectorByCertificateMayRelay(String mailFrom) {
        // domain.md §3.1 [TLSBLOG, HCW]: Default Frontend with TlsDomainCapabilities AcceptCloudServicesMail
        // trusts EXO's certificate; CMT hands it internet mail (domain.md §14 scenario 3)
        assertAccepts(ONPREM.rcpt(FROM_EXO, mailFrom, OUTSIDE));
    }

    @Test
    void mailboxIsDeliveredLocally() {
        // domain.md §13 rule 20 [TROUTE]: an on-prem mailbox is delivered on-prem
        assertDelivers("bob@contoso.com", ONPREM.route(ONPREM.from(FROM_EXO), "ann@contoso.com", "bob@contoso.com"));
    }

    @Test
    void remoteMailboxGoesToItsRoutingAddressThroughTheMatchingSendConnector() {
        // domain.md §13 rule 20 [PS-RM, TROUTE, TLSBLOG]: RemoteRoutingAddress @<tenant>.mail.onmicrosoft.com via
        // "Outbound to Office 365", which uses the coexistence domain's MX (no smart hosts)
        Route.Relay r = assertRelays(ANN_ROUTING, "Outbound to Office 365", List.of(COEXISTENCE_HOST),
                ONPREM.route(Provenance.submitted(), "bob@contoso.com", "ann@contoso.com"));
        assertEquals(TlsMode.DOMAIN_VALIDATION, r.hop().tls());
        assertEquals(Optional.of("mail.protection.outlook.com"), r.hop().tlsDomain());
        // domain.md §13 rules 1–2 [TLSBLOG]: the HCW send connector presents the on-prem certificate
        assertEquals(Optional.of("mail.contoso.com"), r.hop().clientCertificate());
    }

    @Test
    void sendConnectorWithoutTlsCertificateNamePresentsNoCertificate() {
        // domain.md §13 rules 1–2 [TLSBLOG]: no TlsCertificateName → no client certificate, so EXO
        // can only identify the server by IP (domain.md §14 scenario-4 ip-conn)
        Route.Relay r = assertRelays(OUTSIDE, "Internet", List.of("mx.tailspintoys.com"),
                ONPREM.route(Provenance.submitted(), "bob@contoso.com", OUTSIDE));
        assertEquals(Optional.empty(), r.hop().clientCertificate());
    }

    @Test
    void smartHostSendConnectorWithCertificatePresentsIt() {
        // domain.md §3.1 [CONN]: the "*" connector smart-hosts to EOP with the cert host name (scenarios 1, 4, 5)
        PolicyFixtures.Subject s = onprem().outbound(connector("Internet via Office 365", "*").smartHosts(EXO_HOST)
                .certificate("mail.contoso.com")).with(mxToExo());
        Route.Relay r = assertRelays(OUTSIDE, "Internet via Office 365", List.of(EXO_HOST),
                s.route(Provenance.submitted(), "bob@contoso.com", OUTSIDE));
        assertEquals(Optional.of("mail.contoso.com"), r.hop().clientCertificate());
    }

    @Test
    void noSendConnectorCoversTheDomain() {
        // domain.md §13 rule 20 [NDRS]: without a matching send connector the recipient cannot be routed
        PolicyFixtures.Subject s = onprem().outbound(TO_O365).with(mxToExo());
        assertFails("550 5.4.4 Unable to route: no send connector covers tailspintoys.com",
                s.route(Provenance.submitted(), "bob@contoso.com", OUTSIDE));
    }

    @Test
    void exactAddressSpaceBeatsStar() {
        // domain.md §13 rule 10 [CONN]: the coexistence address space is more specific than "*"
        PolicyFixtures.Subject s = onprem().outbound(INTERNET_BY_DNS, TO_O365).with(mxToExo());
        assertRelays(ANN_ROUTING, "Outbound to Office 365", List.of(COEXISTENCE_HOST),
                s.route(Provenance.submitted(), "bob@contoso.com", ANN_ROUTING));
    }
}
