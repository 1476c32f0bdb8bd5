package org.mailflowsim.policy;

import static org.mailflowsim.policy.PolicyFixtures.FABRIKAM_IP;
import static org.mailflowsim.policy.PolicyFixtures.ONPREM_IP;
import static org.mailflowsim.policy.PolicyFixtures.RELAY_DENIED;
import static org.mailflowsim.policy.PolicyAssertions.assertAccepts;
import static org.mailflowsim.policy.PolicyAssertions.assertRefuses;
import static org.mailflowsim.policy.PolicyFixtures.exo;
import static org.mailflowsim.policy.PolicyFixtures.inboundByCert;
import static org.mailflowsim.policy.PolicyFixtures.inboundByIp;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.onPremByCert;
import static org.mailflowsim.policy.PolicyFixtures.onPremByIp;
import static org.mailflowsim.policy.PolicyFixtures.session;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.InboundConnector;

/**
 * Exchange Online's relay rule for a recipient outside the tenant (kate@tailspintoys.com), domain.md §2.2 and
 * §13 rules 3, 4 and 6. {@code expected} null means accepted.
 */
class ExoRelayRuleTest {
    private static final String OUTSIDE = "kate@tailspintoys.com";
    private static final InboundConnector BY_CERT = onPremByCert("*.contoso.com");
    private static final InboundConnector BY_IP = onPremByIp("131.107.21.0/24");
    private static final SessionFacts ONPREM_WITH_CERT = session(ONPREM_IP, true, "mail.contoso.com");
    private static final SessionFacts ONPREM_NO_TLS = session(ONPREM_IP, false);
    private static final SessionFacts INTERNET = session(FABRIKAM_IP, true);

    static Stream<Arguments> cases() {
        return Stream.of(
                // domain.md §13 rule 3 [RELAY23, NOTICE]: cert-identified connector + accepted cert domain relays
                // any P1: send-as fabrikam.com
                row("cert conn, P1 fabrikam", List.of(BY_CERT), ONPREM_WITH_CERT, "john@fabrikam.com", null),
                // domain.md §13 rules 3–4 [RELAY23, NOTICE]: … including an NDR (null P1)
                row("cert conn, P1 <>", List.of(BY_CERT), ONPREM_WITH_CERT, "", null),
                // domain.md §13 rule 3 [RELAY23]: … and, of course, an accepted P1
                row("cert conn, P1 contoso", List.of(BY_CERT), ONPREM_WITH_CERT, "ann@contoso.com", null),
                // domain.md §13 rule 3 [RELAY23, NOTICE]: the seed forward (kate, sender john@fabrikam) via cert conn
                row("cert conn, forward", List.of(BY_CERT, BY_IP), ONPREM_WITH_CERT, "john@fabrikam.com", null),
                // domain.md §13 rule 3 [RELAY23]: IP-identified connector + accepted P1 relays
                row("IP conn, P1 contoso", List.of(BY_IP), ONPREM_NO_TLS, "ann@contoso.com", null),
                // domain.md §13 rule 3 [RELAY23, NOTICE]: IP-identified connector + foreign P1 → 5.7.64
                row("IP conn, P1 fabrikam", List.of(BY_IP), ONPREM_NO_TLS, "john@fabrikam.com", RELAY_DENIED),
                // domain.md §13 rule 4 [RELAY23, NOTICE]: IP-identified connector + NDR (null P1) → 5.7.64
                row("IP conn, P1 <>", List.of(BY_IP), ONPREM_NO_TLS, "", RELAY_DENIED),
                // domain.md §13 rule 3 [RELAY23]: certificate-matched connector whose name is not an accepted domain
                // still relays an accepted P1 (the P1 half of condition 1)
                row("cert conn (contoso.net), P1 contoso", List.of(onPremByCert("mail.contoso.net")),
                        session(ONPREM_IP, true, "mail.contoso.net"), "ann@contoso.com", null),
                // domain.md §13 rule 3 [RELAY23]: … but not a foreign P1
                row("cert conn (contoso.net), P1 fabrikam", List.of(onPremByCert("mail.contoso.net")),
                        session(ONPREM_IP, true, "mail.contoso.net"), "john@fabrikam.com", RELAY_DENIED),
                // domain.md §13 rule 3 [RELAY23, F564]: P1 accepted but no OnPremises connector matched → 5.7.64
                row("no conn, P1 contoso", List.of(), INTERNET, "ann@contoso.com", RELAY_DENIED),
                // domain.md §13 rule 3 [RELAY23, R564]: accepted cert domain without a connector (renewed certificate,
                // connector not updated, IP elsewhere) → 5.7.64
                row("no conn matched, cert contoso", List.of(onPremByCert("old.contoso.com")),
                        session(FABRIKAM_IP, true, "mail.contoso.com"), "john@fabrikam.com", RELAY_DENIED),
                // domain.md §2.2 [R564, F564]: no connector matches the caller → the same 5.7.64 refusal, even
                // when nothing ties the session to the tenant (EOP gives no separate code for that case)
                row("no conn, P1 fabrikam", List.of(BY_CERT, BY_IP), INTERNET, "john@fabrikam.com", RELAY_DENIED),
                // domain.md §13 rule 4 [RELAY23]: an anonymous NDR from the internet likewise
                row("no conn, P1 <>", List.of(), INTERNET, "", RELAY_DENIED),
                // domain.md §13 rule 3 [PS-IN, RELAY23]: a Partner connector grants no relay, even with an accepted
                // P1 and an accepted certificate domain
                row("Partner by cert, P1 contoso", List.of(inboundByCert("Partner", ConnectorType.PARTNER,
                        "*.contoso.com")), ONPREM_WITH_CERT, "ann@contoso.com", RELAY_DENIED),
                // domain.md §13 rule 3 [PS-IN, NDRX]: a Partner IP match with a foreign P1 attributes nothing
                row("Partner by IP, P1 fabrikam", List.of(inboundByIp("Partner", ConnectorType.PARTNER,
                        "131.107.21.0/24")), ONPREM_NO_TLS, "john@fabrikam.com", RELAY_DENIED),
                // domain.md §13 rule 3 [RELAY23] with rule 24 [3PC]: a coexisting Partner lock-down connector for the
                // same IP does not hide the OnPremises connector (seed scenario 3 step 5)
                row("Partner + OnPremises same IP, P1 contoso", List.of(inboundByIp("Partner", ConnectorType.PARTNER,
                        "131.107.21.0/24"), BY_IP), ONPREM_NO_TLS, "ann@contoso.com", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void relayRule(String name, List<InboundConnector> connectors, SessionFacts session, String mailFrom,
                   String expected) {
        PolicyFixtures.Subject tenant = exo().inbound(connectors.toArray(InboundConnector[]::new)).with(mxToExo());
        check(expected, tenant.rcpt(session, mailFrom, OUTSIDE));
    }

    static Stream<Arguments> subdomainCertificates() {
        return Stream.of(
                // domain.md §13 rule 6 [ATTR36, NOTICE]: host.sub.contoso.com with only contoso.com accepted → 5.7.64
                Arguments.of("contoso.com", "john@fabrikam.com", RELAY_DENIED),
                // domain.md §13 rule 6 [ATTR36]: also for the NDR
                Arguments.of("contoso.com", "", RELAY_DENIED),
                // domain.md §13 rule 6 [ATTR36]: the fix — accept sub.contoso.com — makes it relay
                Arguments.of("contoso.com sub.contoso.com", "john@fabrikam.com", null),
                // domain.md §13 rules 3, 6 [RELAY23]: the accepted P1 still relays without the sub-domain
                Arguments.of("contoso.com", "ann@contoso.com", null));
    }

    @ParameterizedTest(name = "accepted [{0}], P1 <{1}>")
    @MethodSource("subdomainCertificates")
    void certificateDomainMustBeAcceptedExactly(String accepted, String mailFrom, String expected) {
        PolicyFixtures.Subject tenant = exo().accepts(accepted.split(" "))
                .inbound(onPremByCert("host.sub.contoso.com")).with(mxToExo());
        check(expected, tenant.rcpt(session(ONPREM_IP, true, "host.sub.contoso.com"), mailFrom, OUTSIDE));
    }

    private static Arguments row(String name, List<InboundConnector> connectors, SessionFacts session,
                                 String mailFrom, String expected) {
        return Arguments.of(name, connectors, session, mailFrom, expected);
    }

    private static void check(String expected, Verdict verdict) {
        if (expected == null) {
            assertAccepts(verdict);
        } else {
            assertRefuses(expected, verdict);
        }
    }
}
