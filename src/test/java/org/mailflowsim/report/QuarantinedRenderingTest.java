package org.mailflowsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.testing.Fixtures.hop;
import static org.mailflowsim.testing.Fixtures.original;
import static org.mailflowsim.testing.Fixtures.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/** A quarantined recipient (accepted with 250, held as spam) in each renderer: not shown as delivered, with why. */
class QuarantinedRenderingTest {
    private static final String WHY = "the body carries the GTUBE test string";

    private static List<SimulationResult> run() {
        EndState held = new EndState(EndStateKind.QUARANTINED, "exo", Optional.empty(), Optional.empty(), WHY,
                Optional.empty());
        MessageTrace t = original("m1", "spam", path("fabrikam", "exo"),
                List.of(hop("fabrikam", "exo", null, null, "mail.protection.outlook.com", "250 2.6.0 Queued",
                        "ann@contoso.com")),
                new RecipientOutcome("ann@contoso.com", path("fabrikam", "exo"), held));
        return List.of(new SimulationResult(Path.of("s.yaml"), "scenario-1", Path.of("t.yaml"),
                List.of(new MessageResult(t, Optional.empty(), List.of()))));
    }

    @Test
    void text() {
        String text = TextReport.render(run());
        assertTrue(text.contains("    ✗ quarantined ann@contoso.com at exo: " + WHY + "\n"), text);
    }

    @Test
    void json() throws Exception {
        JsonNode recipient = new com.fasterxml.jackson.databind.ObjectMapper().readTree(JsonReport.render(run()))
                .at("/simulations/0/messages/0/recipients/0");
        assertEquals("quarantined", recipient.get("state").asText());
        assertEquals("exo", recipient.get("node").asText());
        assertEquals(WHY, recipient.get("reason").asText());
    }

    @Test
    void mermaid() {
        String md = MermaidReport.render(run());
        assertTrue(md.contains("    fabrikam->>exo: MX (TLS) 250 2.6.0\n"), md);
        assertTrue(md.contains("    Note over exo: ann@contoso.com quarantined\n"), md);
    }
}
