package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailflowsim.topology.Topology;

/** Static walks agree with the documented paths (domain.md §14) and tell a revisit from a loop by state. */
class RouteWalkerTest {

    private static Walk walk(Topology t, String from, String sender, String recipient) {
        RouteWalker walker = new RouteWalker(CheckContext.of(t));
        return walker.walk(WalkStart.submittedAt(t.node(from).orElseThrow()), sender, recipient);
    }

    @ParameterizedTest(name = "{0}: {3} from {1}")
    @CsvSource(delimiter = '|', value = {
            // CMT: internet mail for a cloud mailbox revisits EXO, the second time as mail from on-prem [rule 13]
            "scenario-2-mx-exo-cmt | fabrikam | john@fabrikam.com | ann@contoso.com      | DELIVERED     | fabrikam -> exo -> onprem -> exo",
            // CMT with on-prem's '*' connector to EOP (seed line 4): cloud mail goes out through on-prem and EOP
            "scenario-2-mx-exo-cmt | exo      | ann@contoso.com   | sam@tailspintoys.com | DELIVERED     | exo -> onprem -> exo -> tailspintoys",
            // Scenario 3: on-prem sends to the internet itself; an address outside the topology leaves it there
            "scenario-3-mx-onprem-cmt | exo   | ann@contoso.com   | someone@example.net  | LEFT_TOPOLOGY | exo -> onprem -> example.net",
            // Scenario 3: unknown recipient of an authoritative domain fails on-prem (5.1.1) [rule 21]
            "scenario-3-mx-onprem-cmt | fabrikam | john@fabrikam.com | nobody@contoso.com | FAILED      | fabrikam -> onprem"})
    void walksFollowTheDocumentedPaths(String topology, String from, String sender, String recipient,
                                        Walk.Ending ending, String path) throws Exception {
        Topology t = CheckFixtures.scenario(topology);
        Walk w = walk(t, from, sender, recipient);
        assertEquals(ending, w.ending(), w.detail());
        assertEquals(path, w.path(t.node(from).orElseThrow()));
    }

    @Test
    void relayRefusedAtExchangeOnlineEndsTheWalk() throws Exception {
        Topology t = CheckFixtures.scenario("scenario-4-ip-connector");
        Walk w = walk(t, "onprem", "ceo@fabrikam.com", "sam@tailspintoys.com");
        assertEquals(Walk.Ending.REFUSED, w.ending());
        assertEquals("550 5.7.64 TenantAttribution; Relay Access Denied at exo", w.detail());
    }
}
