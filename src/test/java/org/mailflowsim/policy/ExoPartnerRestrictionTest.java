package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.policy.PolicyAssertions.assertAccepts;
import static org.mailflowsim.policy.PolicyAssertions.assertRefuses;
import static org.mailflowsim.policy.PolicyFixtures.FABRIKAM_IP;
import static org.mailflowsim.policy.PolicyFixtures.FILTER_IP;
import static org.mailflowsim.policy.PolicyFixtures.ONPREM_IP;
import static org.mailflowsim.policy.PolicyFixtures.RELAY_DENIED;
import static org.mailflowsim.policy.PolicyFixtures.exo;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.onPremByCert;
import static org.mailflowsim.policy.PolicyFixtures.onPremByIp;
import static org.mailflowsim.policy.PolicyFixtures.session;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.SourceRef;

/**
 * Partner-connector lock-down at RCPT (domain.md §4, §9, §13 rules 23–24, §14 sc.3–5): mail from a covered
 * sender domain that does not come with the connector's certificate or from its IPs is refused with 5.7.51, before
 * the relay rule. {@code expected} null means accepted.
 */
class ExoPartnerRestrictionTest {
    private static final String LOCKED = "550 " + PartnerRestriction.TEXT;
    private static final String CLOUD = "ann@contoso.com";
    private static final String FILTER_CERT = "mx.filter.example";
    private static final InboundConnector BY_FILTER_CERT = partner(List.of("*"), true, false);
    private static final InboundConnector BY_FILTER_IP = partner(List.of("*"), false, true);
    private static final SessionFacts FILTER = session(FILTER_IP, true, FILTER_CERT);
    private static final SessionFacts FILTER_NO_CERT = session(FILTER_IP, true);
    private static final SessionFacts DIRECT = session(FABRIKAM_IP, true);
    private static final SessionFacts ONPREM = session(ONPREM_IP, true, "mail.contoso.com");

    static Stream<Arguments> cases() {
        return Stream.of(
                // rule 23 [3PC]: the third party's certificate satisfies RestrictDomainsToCertificate
                row("allowed by certificate", List.of(BY_FILTER_CERT), FILTER, "john@fabrikam.com", null),
                // rule 23 [3PC, PARTNER]: internet sender connecting straight to EOP, skipping the MX → 5.7.51
                row("bypass, certificate restriction", List.of(BY_FILTER_CERT), DIRECT, "john@fabrikam.com", LOCKED),
                // rule 23 [PS-IN]: right IP but no certificate does not satisfy a certificate restriction
                row("filter IP without certificate", List.of(BY_FILTER_CERT), FILTER_NO_CERT, "john@fabrikam.com",
                        LOCKED),
                // rule 23 [PS-IN RestrictDomainsToIPAddresses]: the filter's IP satisfies an IP restriction
                row("allowed by IP", List.of(BY_FILTER_IP), FILTER_NO_CERT, "john@fabrikam.com", null),
                // rule 23 [PARTNER]: any other IP → 5.7.51
                row("bypass, IP restriction", List.of(BY_FILTER_IP), DIRECT, "john@fabrikam.com", LOCKED),
                // both restrictions set: both must hold (each parameter rejects on its own, PS-IN)
                row("both restrictions, IP only", List.of(partner(List.of("*"), true, true)), FILTER_NO_CERT,
                        "john@fabrikam.com", LOCKED),
                row("both restrictions, both hold", List.of(partner(List.of("*"), true, true)), FILTER,
                        "john@fabrikam.com", null),
                // sender-domain scoping [PS-IN SenderDomains]: a connector for fabrikam.com ignores tailspintoys.com
                row("other sender domain", List.of(partner(List.of("fabrikam.com"), true, false)), DIRECT,
                        "sam@tailspintoys.com", null),
                row("listed sender domain", List.of(partner(List.of("fabrikam.com"), true, false)), DIRECT,
                        "john@fabrikam.com", LOCKED),
                row("wildcard sender domain", List.of(partner(List.of("*.fabrikam.com"), true, false)), DIRECT,
                        "john@eu.fabrikam.com", LOCKED),
                // the null reverse-path: covered by "*" only (PartnerRestriction's documented reading)
                row("<> under *", List.of(BY_FILTER_CERT), DIRECT, "", LOCKED),
                row("<> under a named domain", List.of(partner(List.of("fabrikam.com"), true, false)), DIRECT, "",
                        null),
                // a Partner connector without Restrict* enforces nothing [PS-IN]
                row("no restriction set", List.of(partner(List.of("*"), false, false)), DIRECT, "john@fabrikam.com",
                        null),
                // rule 24 [3PC]: an OnPremises connector for the sender is its own path (scenario 5 on-prem mail)
                row("OnPremises by cert exempt", List.of(BY_FILTER_CERT, onPremByCert("mail.contoso.com")), ONPREM,
                        "bob@contoso.com", null),
                // seed scenario 3 step 5: Partner "*" restricted to on-prem IPs beside an IP OnPremises connector
                row("OnPremises by IP exempt", List.of(partner(List.of("*"), false, true, "131.107.21.0/24"),
                        onPremByIp("131.107.21.0/24")), session(ONPREM_IP, false), "bob@contoso.com", null),
                // §14 sc.5: on-prem mail that misses its OnPremises connector meets the "*" Partner connector
                row("on-prem missing its connector", List.of(BY_FILTER_CERT, onPremByCert("mail.contoso.com")),
                        session(ONPREM_IP, true), "bob@contoso.com", LOCKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void partnerRestriction(String name, List<InboundConnector> connectors, SessionFacts session, String mailFrom,
                            String expected) {
        PolicyFixtures.Subject tenant = exo().mailbox(CLOUD).inbound(connectors.toArray(InboundConnector[]::new))
                .with(mxToExo());
        Verdict verdict = tenant.rcpt(session, mailFrom, CLOUD);
        if (expected == null) {
            assertAccepts(verdict);
        } else {
            assertRefuses(expected, verdict);
        }
    }

    @Test
    void comesBeforeTheRelayRuleAndCitesItsRule() {
        // §14 sc.5: on-prem relaying to the internet without its OnPremises connector: 5.7.51, not 5.7.64
        PolicyFixtures.Subject tenant = exo().inbound(BY_FILTER_CERT).with(mxToExo());
        Verdict.Refuse r = assertRefuses(LOCKED, tenant.rcpt(session(ONPREM_IP, true), "bob@contoso.com",
                "sam@tailspintoys.com"));
        assertTrue(r.reason().contains("[PARTNER, 3PC, rule 23]"), r.reason());
        assertTrue(r.reason().contains("'From filter'"), r.reason());
    }

    @Test
    void withoutPartnerConnectorTheRelayRuleStillDecides() {
        PolicyFixtures.Subject tenant = exo().with(mxToExo());
        assertRefuses(RELAY_DENIED, tenant.rcpt(DIRECT, "john@fabrikam.com", "sam@tailspintoys.com"));
    }

    private static InboundConnector partner(List<String> senderDomains, boolean restrictToCertificate,
                                            boolean restrictToIps, String... ips) {
        List<Cidr> ranges = Arrays.stream(ips.length == 0 ? new String[] {FILTER_IP} : ips)
                .map(c -> Cidr.parse(c).orElseThrow()).toList();
        return new InboundConnector("From filter", ConnectorType.PARTNER, Optional.of(FILTER_CERT), ranges, true,
                senderDomains, restrictToCertificate, restrictToIps, Optional.empty(), SourceRef.NONE);
    }

    private static Arguments row(String name, List<InboundConnector> connectors, SessionFacts session,
                                 String mailFrom, String expected) {
        return Arguments.of(name, connectors, session, mailFrom, expected);
    }
}
