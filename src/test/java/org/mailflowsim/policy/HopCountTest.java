package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.policy.PolicyFixtures.FABRIKAM_IP;
import static org.mailflowsim.policy.PolicyAssertions.assertAccepts;
import static org.mailflowsim.policy.PolicyAssertions.assertRefuses;
import static org.mailflowsim.policy.PolicyFixtures.exo;
import static org.mailflowsim.policy.PolicyFixtures.filter;
import static org.mailflowsim.policy.PolicyFixtures.internet;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.onprem;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailflowsim.topology.NodeLimits;
import org.mailflowsim.trace.EndStateKind;

/** Loop detection by Received-header count at end of DATA: domain.md §6 and §13 rules 15–16. */
class HopCountTest {
    private static final String ONPREM_LOOP = "554 5.4.6 Hop count exceeded - possible mail loop";
    private static final String EXO_LOOP = "554 5.4.14 Hop count exceeded - possible mail loop ATTR34";
    private static final Map<String, Supplier<PolicyFixtures.NodeBuilder>> NODES = Map.of(
            "onprem", PolicyFixtures::onprem, "exo", PolicyFixtures::exo,
            "internet", () -> internet("fabrikam.com", FABRIKAM_IP), "filter", PolicyFixtures::filter);

    @ParameterizedTest(name = "{0}, limit {1}, {2} Received → {3}")
    @CsvSource(nullValues = "accept", value = {
            // domain.md §13 rule 15 [PS-RC, LOOPDOC]: on-prem above MaxHopCount (default 30) → 5.4.6
            "onprem,   30, 31,  554 5.4.6 Hop count exceeded - possible mail loop",
            // domain.md §13 rule 15 [PS-RC]: exactly at MaxHopCount is still accepted
            "onprem,   30, 30,  accept",
            // domain.md §13 rule 15 [PS-RC]: MaxHopCount is configurable (range 1–500)
            "onprem,   5,  6,   554 5.4.6 Hop count exceeded - possible mail loop",
            // domain.md §13 rule 15 [PS-RC]
            "onprem,   5,  5,   accept",
            // domain.md §13 rule 16 [ATTR34, LOOPDOC]: Exchange Online's loop reply
            "exo,      30, 31,  554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
            // domain.md §13 rule 16 [ATTR34]: at the limit → accept
            "exo,      30, 30,  accept",
            // domain.md §13 rule 16 [§15 UNCONFIRMED]: EXO's limit is a configurable assumption
            "exo,      100, 101, 554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
            // domain.md §13 rule 16 [§15 UNCONFIRMED]
            "exo,      100, 99, accept",
            // domain.md §6 [RFC5321 §6.3]: an internet MTA counts hops too (Postfix's reply)
            "internet, 30, 31,  554 5.4.0 Error: too many hops",
            // domain.md §6 [RFC5321 §6.3]: so does the third-party filter
            "filter,   30, 31,  554 5.4.0 Error: too many hops",
            // domain.md §6 [RFC5321 §6.3]
            "filter,   30, 1,   accept",
    })
    void hopCount(String node, int limit, int received, String expected) {
        Verdict v = NODES.get(node).get().maxHops(limit).with(mxToExo()).endOfData(received);
        if (expected == null) {
            assertAccepts(v);
        } else {
            assertRefuses(expected, v);
        }
    }

    @Test
    void onPremLoopRefusalEndsAsLooped() {
        // domain.md §13 rule 15 [PS-RC, LOOPDOC]: a hop-count refusal is a loop, not an ordinary rejection
        Verdict.Refuse r = assertRefuses(ONPREM_LOOP, onprem().with(mxToExo()).endOfData(31));
        assertEquals(EndStateKind.LOOPED, r.outcome());
    }

    @Test
    void exoLoopRefusalEndsAsLooped() {
        // domain.md §13 rule 16 [ATTR34, LOOPDOC]
        Verdict.Refuse r = assertRefuses(EXO_LOOP, exo().with(mxToExo()).endOfData(31));
        assertEquals(EndStateKind.LOOPED, r.outcome());
    }

    @Test
    void defaultLimitIsExchangeServersThirty() {
        // domain.md §13 rule 15 [PS-RC]: MaxHopCount default 30; EXO reuses it (§15 UNCONFIRMED)
        assertEquals(30, NodeLimits.DEFAULT.maxHopCount());
        assertAccepts(filter().with(mxToExo()).endOfData(30));
    }
}
