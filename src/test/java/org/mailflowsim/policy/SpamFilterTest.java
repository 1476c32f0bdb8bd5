package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.policy.PolicyAssertions.assertAccepts;
import static org.mailflowsim.policy.PolicyAssertions.assertRefuses;
import static org.mailflowsim.policy.PolicyFixtures.FILTER_IP;
import static org.mailflowsim.policy.PolicyFixtures.ONPREM_IP;
import static org.mailflowsim.policy.PolicyFixtures.exo;
import static org.mailflowsim.policy.PolicyFixtures.filter;
import static org.mailflowsim.policy.PolicyFixtures.internet;
import static org.mailflowsim.policy.PolicyFixtures.internetSession;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;
import static org.mailflowsim.policy.PolicyFixtures.onPremByCert;
import static org.mailflowsim.policy.PolicyFixtures.onprem;
import static org.mailflowsim.policy.PolicyFixtures.session;

import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.SpamFilterMode;

/**
 * The end-of-DATA spam test on GTUBE: each role's default action, the per-node override, and EOP leaving internal
 * (OnPremises-connector) mail alone (domain.md §13 rule 8).
 */
class SpamFilterTest {
    private static final MessageFacts GTUBE = new MessageFacts(2, true);
    private static final MessageFacts CLEAN = MessageFacts.clean(2);
    private static final String SPAM = "550 5.7.1 Message rejected as spam";

    @Test
    void aThirdPartyFilterRejectsGtubeAtEndOfData() {
        Verdict.Refuse r = assertRefuses(SPAM, filter().with(mxToExo()).endOfData(internetSession(), GTUBE));
        assertTrue(r.reason().contains("UNCONFIRMED"), r.reason());
    }

    @Test
    void exchangeOnlineQuarantinesGtube() {
        Verdict v = exo().with(mxToExo()).endOfData(internetSession(), GTUBE);
        Verdict.Quarantine q = assertInstanceOf(Verdict.Quarantine.class, v, v::reason);
        assertTrue(q.reason().contains("SCL 9"), q.reason());
    }

    @Test
    void cleanMailPassesEveryFilter() {
        assertAccepts(filter().with(mxToExo()).endOfData(internetSession(), CLEAN));
        assertAccepts(exo().with(mxToExo()).endOfData(internetSession(), CLEAN));
    }

    @Test
    void exchangeServerAndInternetMtasDoNotFilterByDefault() {
        assertAccepts(onprem().with(mxToExo()).endOfData(internetSession(), GTUBE));
        assertAccepts(internet("tailspintoys.com", "198.51.100.40").with(mxToExo())
                .endOfData(session(FILTER_IP, true), GTUBE));
    }

    @Test
    void eopDoesNotFilterMailThroughAnOnPremisesConnector() {
        // rule 8: OnPremises-connector mail is internal, SCL -1
        Verdict v = exo().inbound(onPremByCert("mail.contoso.com")).with(mxToExo())
                .endOfData(session(ONPREM_IP, true, "mail.contoso.com"), GTUBE);
        assertTrue(assertAccepts(v).reason().contains("[rule 8]"), v.reason());
    }

    @Test
    void theTopologyOverridesTheRolesDefault() {
        assertAccepts(filter().spamFilter(SpamFilterMode.OFF).with(mxToExo()).endOfData(internetSession(), GTUBE));
        assertRefuses(SPAM, exo().spamFilter(SpamFilterMode.REJECT).with(mxToExo())
                .endOfData(internetSession(), GTUBE));
        Verdict v = onprem().spamFilter(SpamFilterMode.QUARANTINE).with(mxToExo())
                .endOfData(internetSession(), GTUBE);
        assertInstanceOf(Verdict.Quarantine.class, v, v::reason);
    }

    @Test
    void aLoopIsRefusedAsALoopEvenWhenTheMessageIsSpam() {
        Verdict.Refuse r = assertInstanceOf(Verdict.Refuse.class,
                filter().with(mxToExo()).endOfData(internetSession(), new MessageFacts(31, true)));
        assertEquals(org.mailflowsim.trace.EndStateKind.LOOPED, r.outcome(), r.reason());
    }
}
