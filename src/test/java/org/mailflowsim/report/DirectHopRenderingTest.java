package org.mailflowsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.testing.Fixtures.original;
import static org.mailflowsim.testing.Fixtures.path;
import static org.mailflowsim.testing.Fixtures.rejected;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.MessageTrace;

/** A hop whose sender ignored MX (connectTo) is shown as direct, not as routed by MX. */
class DirectHopRenderingTest {
    private static final String LOCKED = "550 5.7.51 TenantInboundAttribution; There is a partner connector";

    private static List<SimulationResult> run() {
        Hop direct = new Hop("fabrikam", "exo", Optional.empty(), Optional.empty(), true,
                Optional.of("mail.protection.outlook.com"), Optional.empty(), LOCKED, List.of("ann@contoso.com"), true,
                Optional.empty());
        MessageTrace t = original("m1", "bypass", path("fabrikam", "exo"), List.of(direct),
                rejected("ann@contoso.com", "exo", LOCKED, path("fabrikam", "exo")));
        return List.of(new SimulationResult(Path.of("s.yaml"), "scenario-5", Path.of("t.yaml"),
                List.of(new MessageResult(t, Optional.empty(), List.of()))));
    }

    @Test
    void textMermaidAndJsonSayDirect() {
        String text = TextReport.render(run());
        assertTrue(text.contains("1. fabrikam → exo  [out: direct] [in: -] TLS"), text);
        assertFalse(text.contains("[out: MX]"), text);
        String md = MermaidReport.render(run());
        assertTrue(md.contains("    fabrikam-xexo: direct (TLS) 550 5.7.51\n"), md);
        String json = JsonReport.render(run());
        assertTrue(json.contains("\"direct\" : true"), json);
    }
}
