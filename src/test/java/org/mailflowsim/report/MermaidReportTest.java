package org.mailflowsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.testing.Fixtures.hop;
import static org.mailflowsim.testing.Fixtures.original;
import static org.mailflowsim.testing.Fixtures.path;
import static org.mailflowsim.testing.Fixtures.rejected;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;
import org.mailflowsim.trace.MessageTrace;

class MermaidReportTest {

    @Test
    void oneSequenceDiagramPerMessageWithARefusedHopCrossedOut() {
        MessageTrace t = original("m1", "send as fabrikam", path("onprem", "exo"),
                List.of(hop("onprem", "exo", "Internet", "'Inbound from on-prem' (OnPremises, by IP)",
                        "mail.protection.outlook.com", "550 5.7.64 TenantAttribution; Relay Access Denied",
                        "sam@tailspintoys.com")),
                rejected("sam@tailspintoys.com", "exo", "550 5.7.64 TenantAttribution; Relay Access Denied",
                        path("onprem", "exo")));
        SimulationResult r = new SimulationResult(Path.of("s.yaml"), "scenario-4-ip-connector", Path.of("t.yaml"),
                List.of(new MessageResult(t, Optional.empty(), List.of())));

        String md = MermaidReport.render(List.of(r));

        assertTrue(md.contains("```mermaid\nsequenceDiagram\n    participant onprem\n    participant exo\n"), md);
        assertTrue(md.contains("    onprem-xexo: Internet (TLS) 550 5.7.64\n"), md);
        assertTrue(md.contains("    Note over exo: sam@tailspintoys.com rejected 550 5.7.64\n"), md);
        assertEquals(1, md.split("```mermaid", -1).length - 1);
    }
}
