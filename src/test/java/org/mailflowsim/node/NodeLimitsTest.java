package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.NodeLimits;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageTrace;

/** Every node enforces its input limits itself (SubEtha only advertises SIZE: libraries.md gotcha 9). */
class NodeLimitsTest {

    @Test
    void anOversizedMessageIsRefusedWith552AndTheConnectionStaysUsable() throws Exception {
        Topology t = TopologyEdits.node(LabFixture.topology("scenario-1-mx-exo.yaml"), "exo",
                n -> TopologyEdits.withLimits(n, new NodeLimits(4096, 500, 30)));
        try (LabFixture f = new LabFixture(t)) {
            String big = "x".repeat(100).concat("\n").repeat(80);
            String id = f.lab.inject("too big", "fabrikam", "john@fabrikam.com", List.of("ann@contoso.com"), "big", big);
            MessageTrace small = f.send("small", "fabrikam", "john@fabrikam.com", "ann@contoso.com");
            MessageTrace large = f.journal.traces().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();

            EndState refused = large.recipients().get(0).state();
            assertEquals(EndStateKind.REJECTED, refused.kind(), refused.toString());
            assertEquals("exo", refused.node());
            assertTrue(refused.code().orElseThrow().startsWith("552 5.3.4"), refused.toString());
            assertEquals(EndStateKind.DELIVERED, small.recipients().get(0).state().kind());
        }
    }
}
