package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.policy.PolicyFixtures.COEXISTENCE;
import static org.mailflowsim.policy.PolicyFixtures.EXO_HOST;
import static org.mailflowsim.policy.PolicyFixtures.ONPREM_HOST;
import static org.mailflowsim.policy.PolicyAssertions.assertAccepts;
import static org.mailflowsim.policy.PolicyAssertions.assertDelivers;
import static org.mailflowsim.policy.PolicyAssertions.assertFails;
import static org.mailflowsim.policy.PolicyAssertions.assertRefuses;
import static org.mailflowsim.policy.PolicyAssertions.assertRelays;
import static org.mailflowsim.policy.PolicyFixtures.connector;
import static org.mailflowsim.policy.PolicyFixtures.exo;
import static org.mailflowsim.policy.PolicyFixtures.internetSession;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.mxToOnPrem;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.TlsMode;

/** Exchange Online recipients in its accepted domains: domain.md §5 and §13 rules 18–21. */
class ExoRecipientRoutingTest {
    private static final String JOHN = "john@fabrikam.com";
    private static final String DBEB = "550 5.4.1 Recipient address rejected: Access denied";
    private static final String NOT_FOUND =
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup";
    private static final ConnectorBuilder TO_ONPREM = connector("Outbound to on-prem", "contoso.com")
            .smartHosts(ONPREM_HOST).domainValidation("mail.contoso.com");

    @Test
    void authoritativeDomainWithMxToExoRefusesUnknownRecipientAtRcpt() {
        // domain.md §13 rule 18 [DBEB, NDRX]: Directory Based Edge Blocking
        PolicyFixtures.Subject tenant = exo().mailbox("ann@contoso.com").with(mxToExo());
        assertRefuses(DBEB, tenant.rcpt(internetSession(), JOHN, "nobody@contoso.com"));
    }

    @Test
    void authoritativeDomainAcceptsKnownMailboxAndSyncedMailUser() {
        // domain.md §13 rule 18 [DBEB, ACC]: known cloud mailboxes and synced on-prem mail users pass DBEB
        PolicyFixtures.Subject tenant = exo().mailbox("ann@contoso.com").mailUser("kate@contoso.com",
                "kate@contoso.com").with(mxToExo());
        assertAccepts(tenant.rcpt(internetSession(), JOHN, "ann@contoso.com"));
        assertAccepts(tenant.rcpt(internetSession(), JOHN, "kate@contoso.com"));
    }

    @Test
    void authoritativeDomainWithMxElsewhereAcceptsThenFailsWithRecipientNotFound() {
        // domain.md §13 rule 18 [DBEB]: DBEB works only when MX points to EXO, so RCPT is accepted …
        PolicyFixtures.Subject tenant = exo().mailbox("ann@contoso.com").with(mxToOnPrem());
        Provenance.Received from = tenant.from(internetSession());
        assertAccepts(tenant.policy().recipient(from, JOHN, "nobody@contoso.com"));
        // domain.md §13 rule 21 [KB3197393, NDRX]: … and the lookup fails after acceptance with 5.1.10
        assertFails(NOT_FOUND, tenant.route(from, JOHN, "nobody@contoso.com"));
    }

    @Test
    void cloudSenderToOnPremUserWithoutCloudObjectGets5110() {
        // domain.md §13 rule 21 [KB3197393]: a cloud user mails an on-prem user that has no object in the tenant
        PolicyFixtures.Subject tenant = exo().mailbox("ann@contoso.com").outbound(TO_ONPREM).with(mxToExo());
        assertFails(NOT_FOUND, tenant.route(Provenance.submitted(), "ann@contoso.com", "bob@contoso.com"));
    }

    @Test
    void internalRelayDomainAcceptsUnknownRecipientAtRcpt() {
        // domain.md §13 rule 19 [ACC]: no DBEB for an internal-relay domain, even with MX to EXO
        PolicyFixtures.Subject tenant = exo().internalRelay("contoso.com").outbound(TO_ONPREM).with(mxToExo());
        assertAccepts(tenant.rcpt(internetSession(), JOHN, "bob@contoso.com"));
    }

    @Test
    void internalRelayDomainRelaysUnknownRecipientThroughItsOutboundConnector() {
        // domain.md §13 rule 19 [ACC, KB2730609]: unknown recipient relayed to on-prem via the domain's connector
        PolicyFixtures.Subject tenant = exo().internalRelay("contoso.com").mailbox("ann@contoso.com")
                .outbound(connector("Partner to fabrikam", "fabrikam.com").partner(), TO_ONPREM).with(mxToExo());
        Provenance.Received from = tenant.from(internetSession());
        assertRelays("bob@contoso.com", "Outbound to on-prem", List.of(ONPREM_HOST),
                tenant.route(from, JOHN, "bob@contoso.com"));
        // domain.md §13 rule 19 [ACC]: known cloud recipients of the same domain are delivered
        assertDelivers("ann@contoso.com", tenant.route(from, JOHN, "ann@contoso.com"));
    }

    @Test
    void internalRelayWithoutConnectorFallsBackToMxAndSoLoops() {
        // domain.md §13 rule 19 [ACC, LOOPDOC]: no connector → MX, which points back at EXO (loop, caught by rule 16)
        PolicyFixtures.Subject tenant = exo().internalRelay("contoso.com").with(mxToExo());
        assertRelays("bob@contoso.com", null, List.of(EXO_HOST),
                tenant.route(tenant.from(internetSession()), JOHN, "bob@contoso.com"));
    }

    @Test
    void mailUserIsRoutedToItsExternalAddressThroughTheConnector() {
        // domain.md §13 rule 20 [PS-RM, TLSBLOG]: MailUser routed by ExternalEmailAddress via the outbound connector
        PolicyFixtures.Subject tenant = exo().mailUser("kate@contoso.com", "kate@onprem.contoso.com")
                .outbound(connector("Outbound to on-prem", "onprem.contoso.com").smartHosts(ONPREM_HOST)
                        .domainValidation("mail.contoso.com")).with(mxToExo());
        Route.Relay r = assertRelays("kate@onprem.contoso.com", "Outbound to on-prem", List.of(ONPREM_HOST),
                tenant.route(tenant.from(internetSession()), JOHN, "kate@contoso.com"));
        // domain.md §3.1 [TLSBLOG, PS-OUT]: the HCW connector's DomainValidation and EXO's own certificate
        assertEquals(TlsMode.DOMAIN_VALIDATION, r.hop().tls());
        assertEquals(Optional.of("mail.contoso.com"), r.hop().tlsDomain());
        assertEquals(Optional.of("mail.protection.outlook.com"), r.hop().clientCertificate());
    }

    @Test
    void mailUserThroughAnMxConnectorGoesToTheExternalDomainsMx() {
        // domain.md §13 rule 20 [PS-RM] with §3.1 [PS-OUT UseMXRecord]: a connector without smart hosts uses MX
        PolicyFixtures.Subject tenant = exo().mailUser("kate@contoso.com", "kate@tailspintoys.com")
                .outbound(connector("Partner to tailspin", "tailspintoys.com").partner()).with(mxToExo());
        assertRelays("kate@tailspintoys.com", "Partner to tailspin", List.of("mx.tailspintoys.com"),
                tenant.route(Provenance.submitted(), "ann@contoso.com", "kate@contoso.com"));
    }

    @Test
    void routingAddressOfACloudMailboxIsDelivered() {
        // domain.md §13 rule 20 [PS-RM, HCW]: on-prem sends to alias@<tenant>.mail.onmicrosoft.com; EXO delivers it
        PolicyFixtures.Subject tenant = exo().accepts(COEXISTENCE)
                .mailbox("ann@contoso.com", "ann@" + COEXISTENCE).with(mxToExo());
        Provenance.Received from = tenant.from(internetSession());
        assertAccepts(tenant.policy().recipient(from, JOHN, "ann@" + COEXISTENCE));
        assertDelivers("ann@contoso.com", tenant.route(from, JOHN, "ann@" + COEXISTENCE));
    }

    @Test
    void recipientOutsideTheTenantGoesByMxWithoutAConnector() {
        // domain.md §13 rule 10 [CONN]: no outbound connector covers tailspintoys.com → MX
        PolicyFixtures.Subject tenant = exo().mailbox("ann@contoso.com").outbound(TO_ONPREM).with(mxToExo());
        assertRelays("kate@tailspintoys.com", null, List.of("mx.tailspintoys.com"),
                tenant.route(Provenance.submitted(), "ann@contoso.com", "kate@tailspintoys.com"));
    }
}
