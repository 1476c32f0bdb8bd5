package org.mailflowsim.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.spf.SpfFixtures.EOP_IP;
import static org.mailflowsim.spf.SpfFixtures.ONPREM_IP;
import static org.mailflowsim.spf.SpfFixtures.OTHER_IP;
import static org.mailflowsim.spf.SpfFixtures.dnsWith;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The seven seed SPF records with the results domain.md §10.3 gives them [domain.md §13 rule 38]. */
class SpfSeedRecordsTest {
    private static final List<InetAddress> SENDERS = List.of(EOP_IP, ONPREM_IP, OTHER_IP);

    private static SpfVerdict check(String record, InetAddress ip) {
        return new SpfEvaluator(dnsWith(record)).check(ip, "alice@contoso.com", "mail.contoso.com");
    }

    @ParameterizedTest(name = "S{0}")
    @ValueSource(ints = {1, 3, 4, 5, 6})
    void malformedSeedsArePermerrorForEverySenderAndNameTheBadTerm(int seed) {
        String record = List.of(SpfFixtures.S1, "", SpfFixtures.S3, SpfFixtures.S4, SpfFixtures.S5, SpfFixtures.S6)
                .get(seed - 1);
        for (InetAddress ip : SENDERS) {
            SpfVerdict verdict = check(record, ip);
            assertEquals(SpfResult.PERMERROR, verdict.result(), ip + ": " + verdict.explanation());
            assertTrue(verdict.explanation().contains("'ipv4:"), verdict.explanation());
            assertTrue(verdict.explanation().contains("ip4:"), "says what the term should be: "
                    + verdict.explanation());
        }
    }

    @Test
    void s1AlsoHasTheStrayBareAddressAndLetterAsBadTerms() {
        List<String> bad = SpfRecordSyntax.errors(SpfFixtures.S1).stream().map(SpfRecordSyntax.TermError::term)
                .toList();
        assertEquals(List.of("ipv4:", "131.107.21.231", "m"), bad);
    }

    @Test
    void s2PassesForEopAndIsPermerrorElsewhereWhileThePlaceholderHasNoRecord() {
        assertEquals(SpfResult.PASS, check(SpfFixtures.S2, EOP_IP).result());
        for (InetAddress ip : List.of(ONPREM_IP, OTHER_IP)) {
            SpfVerdict verdict = check(SpfFixtures.S2, ip);
            assertEquals(SpfResult.PERMERROR, verdict.result(), verdict.explanation());
            assertTrue(verdict.explanation().contains("third_party_cloud_service.com"), verdict.explanation());
        }
    }

    @Test
    void s7IsDiscardedSoTheResultIsNone() {
        for (InetAddress ip : SENDERS) {
            assertEquals(SpfResult.NONE, check(SpfFixtures.S7, ip).result());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SpfFixtures.FIXED_S1, SpfFixtures.FIXED_S6, SpfFixtures.FIXED_S7})
    void correctedRecordsPassOnPremAndEop(String record) {
        assertEquals(SpfResult.PASS, check(record, ONPREM_IP).result());
        assertEquals(SpfResult.PASS, check(record, EOP_IP).result());
    }

    @ParameterizedTest
    @ValueSource(strings = {SpfFixtures.FIXED_S1, SpfFixtures.FIXED_S6})
    void correctedRecordsFailOtherSenders(String record) {
        assertEquals(SpfResult.FAIL, check(record, OTHER_IP).result());
    }

    @Test
    void correctedS7ReachesThePlaceholderIncludeForOtherSenders() {
        // lazy include: only a sender matched by neither earlier term reaches the placeholder with no record
        assertEquals(SpfResult.PERMERROR, check(SpfFixtures.FIXED_S7, OTHER_IP).result());
    }
}
