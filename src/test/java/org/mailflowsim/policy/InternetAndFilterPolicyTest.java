package org.mailflowsim.policy;

import static org.mailflowsim.policy.PolicyFixtures.EXO_HOST;
import static org.mailflowsim.policy.PolicyFixtures.FABRIKAM_IP;
import static org.mailflowsim.policy.PolicyAssertions.assertAccepts;
import static org.mailflowsim.policy.PolicyAssertions.assertDelivers;
import static org.mailflowsim.policy.PolicyAssertions.assertRefuses;
import static org.mailflowsim.policy.PolicyAssertions.assertRelays;
import static org.mailflowsim.policy.PolicyFixtures.connector;
import static org.mailflowsim.policy.PolicyFixtures.filter;
import static org.mailflowsim.policy.PolicyFixtures.internet;
import static org.mailflowsim.policy.PolicyFixtures.internetSession;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The non-Exchange parties: an internet MTA (Postfix-like) and a third-party filter in front of EXO (§9). */
class InternetAndFilterPolicyTest {
    private static final PolicyFixtures.Subject TAILSPIN = internet("tailspintoys.com", "198.51.100.40")
            .mailbox("sam@tailspintoys.com").with(mxToExo());
    private static final PolicyFixtures.Subject FILTER = filter().externalRelay("contoso.com")
            .outbound(connector("To Office 365", "contoso.com").partner().smartHosts(EXO_HOST)).with(mxToExo());

    @Test
    void internetMtaDeliversItsOwnMailbox() {
        // domain.md §14 (INET-R) [RFC5321]: the recipient organisation accepts and delivers its users' mail
        assertAccepts(TAILSPIN.rcpt(internetSession(), "john@fabrikam.com", "sam@tailspintoys.com"));
        assertDelivers("sam@tailspintoys.com",
                TAILSPIN.route(TAILSPIN.from(internetSession()), "john@fabrikam.com", "sam@tailspintoys.com"));
    }

    @ParameterizedTest(name = "P1 <{0}>")
    @ValueSource(strings = {"john@fabrikam.com", "sam@tailspintoys.com", ""})
    void internetMtaRefusesToRelay(String mailFrom) {
        // domain.md §2.3 [NDRX, testing.md open-relay checks]: relay denied, whatever the P1 (Postfix reply)
        assertRefuses("554 5.7.1 <x@contoso.com>: Relay access denied",
                TAILSPIN.rcpt(internetSession(), mailFrom, "x@contoso.com"));
    }

    @Test
    void internetMtaRefusesUnknownUser() {
        // domain.md §14 (INET-R) [RFC3463 5.1.1]: unknown local user
        assertRefuses("550 5.1.1 <nobody@tailspintoys.com>: Recipient address rejected: User unknown",
                TAILSPIN.rcpt(internetSession(), "john@fabrikam.com", "nobody@tailspintoys.com"));
    }

    @Test
    void internetSenderSendsByMx() {
        // domain.md §14 (INET-S) [RFC5321 §5.1]: users' mail goes to the recipient domain's MX (contoso → EXO)
        PolicyFixtures.Subject fabrikam = internet("fabrikam.com", FABRIKAM_IP).mailbox("john@fabrikam.com")
                .with(mxToExo());
        assertRelays("ann@contoso.com", null, List.of(EXO_HOST),
                fabrikam.route(Provenance.submitted(), "john@fabrikam.com", "ann@contoso.com"));
    }

    @Test
    void internetSenderUsesTheImplicitMxWithoutAnMxRecord() {
        // domain.md §11 [RFC5321 §5.1]: no MX → the domain itself is the mail host
        PolicyFixtures.Subject fabrikam = internet("fabrikam.com", FABRIKAM_IP).with(mxToExo());
        assertRelays("x@nomx.example", null, List.of("nomx.example"),
                fabrikam.route(Provenance.submitted(), "john@fabrikam.com", "x@nomx.example"));
    }

    @ParameterizedTest(name = "recipient {0}")
    @ValueSource(strings = {"ann@contoso.com", "nobody@contoso.com"})
    void filterAcceptsAnyRecipientOfACustomerDomain(String recipient) {
        // domain.md §9 [SEED-B, 3PC]: MX → filter; it relays all of the customer's recipients (no directory)
        assertAccepts(FILTER.rcpt(internetSession(), "john@fabrikam.com", recipient));
    }

    @Test
    void filterRefusesToRelayOtherDomains() {
        // domain.md §9 [3PC]: not an open relay
        assertRefuses("554 5.7.1 <sam@tailspintoys.com>: Relay access denied",
                FILTER.rcpt(session("203.0.113.99", true), "john@fabrikam.com", "sam@tailspintoys.com"));
    }

    @Test
    void filterRelaysCustomerMailThroughItsConnector() {
        // domain.md §9 [SEED-B, 3PC]: filtered mail goes to EXO through the connector for the customer domain
        assertRelays("ann@contoso.com", "To Office 365", List.of(EXO_HOST),
                FILTER.route(FILTER.from(internetSession()), "john@fabrikam.com", "ann@contoso.com"));
    }

    @Test
    void filterWithoutConnectorUsesMx() {
        // domain.md §9 [3PC] with §13 rule 10 [CONN]: without a connector the filter falls back to the MX
        PolicyFixtures.Subject bare = filter().externalRelay("contoso.com").with(mxToExo());
        assertRelays("ann@contoso.com", null, List.of(EXO_HOST),
                bare.route(bare.from(internetSession()), "john@fabrikam.com", "ann@contoso.com"));
    }
}
