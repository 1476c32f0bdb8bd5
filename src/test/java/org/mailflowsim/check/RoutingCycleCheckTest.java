package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.Topology;

/** routing-cycle on small topologies of its own: mail from outside the topology, a node relaying to itself. */
class RoutingCycleCheckTest {

    @Test
    void unhostedAddressRelayedToTheNodeItselfLoopsFromOutsideAndFromItsUsers() throws Exception {
        Topology t = CheckFixtures.resource("relay-to-itself");
        List<Finding> findings = TopologyCheck.run(t, new RoutingCycleCheck());
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertTrue(f.message().startsWith("mail for nobody@contoso.com from an internet sender (at onprem) loops: "
                + "onprem -> onprem"), f.message());
        assertEquals(CheckFixtures.lineOf(t.file(), "- name: Shared namespace"), f.source().line());
        assertTrue(f.fix().contains("authoritative"), f.fix());
    }

    @Test
    void mailFromOutsideEntersAtTheMxNodeAndEndsWhereTheDirectoryIsAuthoritative() throws Exception {
        Topology t = CheckFixtures.resource("enhanced-filtering");
        RouteWalker walker = new RouteWalker(CheckContext.of(t));
        List<WalkStart> starts = RepresentativeMail.starts(t, walker, "nobody@contoso.com");
        assertEquals(List.of("an internet sender (at filter)", "a user of exo"),
                starts.stream().map(WalkStart::origin).toList());
        Walk w = walker.walk(starts.get(0), RepresentativeMail.sender(starts.get(0)), "nobody@contoso.com");
        assertEquals(Walk.Ending.FAILED, w.ending(), w.detail());
        assertEquals("filter -> exo", w.path(starts.get(0).node()));
        assertEquals(List.of(), TopologyCheck.run(t, new RoutingCycleCheck()));
    }
}
