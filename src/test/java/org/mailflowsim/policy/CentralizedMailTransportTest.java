package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.policy.PolicyFixtures.FILTER_IP;
import static org.mailflowsim.policy.PolicyFixtures.ONPREM_HOST;
import static org.mailflowsim.policy.PolicyFixtures.ONPREM_IP;
import static org.mailflowsim.policy.PolicyAssertions.assertDelivers;
import static org.mailflowsim.policy.PolicyAssertions.assertRelays;
import static org.mailflowsim.policy.PolicyFixtures.connector;
import static org.mailflowsim.policy.PolicyFixtures.exo;
import static org.mailflowsim.policy.PolicyFixtures.inboundByCert;
import static org.mailflowsim.policy.PolicyFixtures.internetSession;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.onPremByCert;
import static org.mailflowsim.policy.PolicyFixtures.onPremByIp;
import static org.mailflowsim.policy.PolicyFixtures.session;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailflowsim.topology.ConnectorType;

/**
 * Centralized mail transport (RouteAllMessagesViaOnPremises) and its loop avoidance: domain.md §3.2–3.3 and
 * §13 rules 12–13. The CMT connector is scoped to {@code *}, as LOOPDOC asks (topologies/scenario-2). A row with
 * {@code connector} null and a host means MX; with both null, delivery to the mailbox.
 */
class CentralizedMailTransportTest {
    private static final String CMT = "Outbound to on-prem (CMT)";
    private static final String ANN = "ann@contoso.com";
    private static final String KATE = "kate@contoso.com";
    private static final String OUTSIDE = "kate@tailspintoys.com";
    private static final PolicyFixtures.Subject TENANT = exo().mailbox(ANN).mailUser(KATE, KATE)
            .inbound(onPremByCert("*.contoso.com"), onPremByIp("131.107.21.0/24"),
                    inboundByCert("From filter", ConnectorType.PARTNER, "mx.filter.example"))
            .outbound(connector(CMT, "*").smartHosts(ONPREM_HOST).cmt(),
                    connector("To fabrikam", "fabrikam.com").partner().smartHosts("relay.fabrikam.com"))
            .with(mxToExo());
    private static final Provenance INTERNET = TENANT.from(internetSession());
    private static final Provenance VIA_FILTER = TENANT.from(session(FILTER_IP, true, "mx.filter.example"));
    private static final Provenance FROM_ONPREM = TENANT.from(session(ONPREM_IP, true, "mail.contoso.com"));
    private static final Provenance FROM_ONPREM_BY_IP = TENANT.from(session(ONPREM_IP, false));
    private static final Provenance CLOUD_SENDER = new Provenance.Submitted(false);
    private static final Provenance DERIVED_FROM_ONPREM = new Provenance.Submitted(true);

    static Stream<Arguments> routes() {
        return Stream.of(
                // domain.md §13 rule 12 [TROUTE, SEED-A]: internet mail for a cloud mailbox goes to on-prem first
                row("internet → cloud mailbox", INTERNET, ANN, CMT, ONPREM_HOST),
                // domain.md §13 rule 12 [TROUTE]: … so does internet mail for an on-prem user (mail user)
                row("internet → on-prem user", INTERNET, KATE, CMT, ONPREM_HOST),
                // domain.md §13 rule 12 [3PC, TROUTE]: mail from a third-party filter (Partner conn) is internet mail
                row("filter → cloud mailbox", VIA_FILTER, ANN, CMT, ONPREM_HOST),
                // domain.md §13 rule 13 [CMTBLOG, KB3194415]: came through the OnPremises connector → delivered
                row("on-prem (cert) → cloud mailbox", FROM_ONPREM, ANN, null, null),
                // domain.md §13 rule 13 [CMTBLOG]: an IP-identified OnPremises connector attributes as well
                row("on-prem (IP) → cloud mailbox", FROM_ONPREM_BY_IP, ANN, null, null),
                // domain.md §13 rule 13 [KB3194415, TROUTE]: on-prem mail to the internet leaves by MX, not via CMT
                row("on-prem → internet", FROM_ONPREM, OUTSIDE, null, "mx.tailspintoys.com"),
                // domain.md §13 rule 13 [KB3194415] with rule 10 [CONN]: … or by its own connector, never CMT
                row("on-prem → partner domain", FROM_ONPREM, "x@fabrikam.com", "To fabrikam", "relay.fabrikam.com"),
                // domain.md §13 rule 12 [TROUTE]: same-organisation recipients stay in EXO
                row("cloud → cloud mailbox", CLOUD_SENDER, ANN, null, null),
                // domain.md §13 rule 12 [PS-OUT, TROUTE]: cloud sender to the internet goes through on-prem
                row("cloud → internet", CLOUD_SENDER, OUTSIDE, CMT, ONPREM_HOST),
                // domain.md §13 rule 12 [PS-OUT]: "all messages" — CMT wins over a recipient-domain connector
                row("cloud → partner domain", CLOUD_SENDER, "x@fabrikam.com", CMT, ONPREM_HOST),
                // domain.md §13 rule 12 [TROUTE]: cloud sender to an on-prem user goes via on-prem too
                row("cloud → on-prem user", CLOUD_SENDER, KATE, CMT, ONPREM_HOST),
                // domain.md §13 rule 13 [KB3194415]: a cloud forward of on-prem-originated mail is not sent back
                row("derived copy of on-prem mail → internet", DERIVED_FROM_ONPREM, OUTSIDE, null,
                        "mx.tailspintoys.com"),
                // domain.md §13 rule 13 [CMTBLOG]: … nor is a derived copy for a cloud mailbox
                row("derived copy of on-prem mail → cloud mailbox", DERIVED_FROM_ONPREM, ANN, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void routesUnderCentralizedTransport(String name, Provenance provenance, String recipient, String connector,
                                         String host) {
        Route route = TENANT.route(provenance, "john@fabrikam.com", recipient);
        if (connector == null && host == null) {
            assertDelivers(recipient, route);
        } else {
            assertRelays(recipient, connector, List.of(host), route);
        }
    }

    @Test
    void originatingFromOnPremisesOnlyThroughAnOnPremisesConnector() {
        // domain.md §13 rule 13 [CMTBLOG, KB3194415]: Originating = came through an OnPremises connector, and
        // stays with derived copies; internet and Partner-connector mail are not
        NodePolicy p = TENANT.policy();
        assertEquals(List.of(true, true, false, false, true, false),
                Stream.of(FROM_ONPREM, FROM_ONPREM_BY_IP, INTERNET, VIA_FILTER, DERIVED_FROM_ONPREM, CLOUD_SENDER)
                        .map(p::originatingFromOnPremises).toList());
    }

    @Test
    void withoutCmtInternetMailForACloudMailboxIsDelivered() {
        // domain.md §3.2 [TROUTE]: the default (no CMT) splits in EXO; the cloud copy is delivered
        PolicyFixtures.Subject tenant = exo().mailbox(ANN)
                .outbound(connector("Outbound to on-prem", "contoso.com").smartHosts(ONPREM_HOST)).with(mxToExo());
        assertDelivers(ANN, tenant.route(tenant.from(internetSession()), "john@fabrikam.com", ANN));
    }

    @Test
    void cmtRequiresAnOnPremisesConnector() {
        // domain.md §3.2 [PS-OUT]: RouteAllMessagesViaOnPremises requires ConnectorType OnPremises
        PolicyFixtures.Subject tenant = exo().mailbox(ANN)
                .outbound(connector("Partner CMT?", "contoso.com").partner().smartHosts(ONPREM_HOST).cmt())
                .with(mxToExo());
        assertDelivers(ANN, tenant.route(tenant.from(internetSession()), "john@fabrikam.com", ANN));
    }

    private static Arguments row(String name, Provenance provenance, String recipient, String connector,
                                 String host) {
        return Arguments.of(name, provenance, recipient, connector, host);
    }
}
