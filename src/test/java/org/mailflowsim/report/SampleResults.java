package org.mailflowsim.report;

import static org.mailflowsim.testing.Fixtures.RELAY_DENIED;
import static org.mailflowsim.testing.Fixtures.delivered;
import static org.mailflowsim.testing.Fixtures.deliveredFrom;
import static org.mailflowsim.testing.Fixtures.derived;
import static org.mailflowsim.testing.Fixtures.expect;
import static org.mailflowsim.testing.Fixtures.hop;
import static org.mailflowsim.testing.Fixtures.original;
import static org.mailflowsim.testing.Fixtures.path;
import static org.mailflowsim.testing.Fixtures.rejected;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.simulation.Expectation;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;

/**
 * Two runs built by hand: a met original, its refused forward (not met) and the NDR of that forward (no
 * expectation; delivered from the null reverse-path, the only recipient that records its envelope sender); and a
 * second run, below the base directory, whose only message never produced a trace.
 */
final class SampleResults {
    static final Path BASE = Path.of("/base");
    static final String FORWARD_MISMATCH =
            "kate@tailspintoys.com: expected delivered at tailspintoys, actual rejected at exo (" + RELAY_DENIED + ")";

    private SampleResults() {
    }

    static List<SimulationResult> runs() {
        Expectation any = expect(null, List.of());
        MessageTrace original = original("t1", "forwarding to tailspintoys", path("fabrikam", "exo", "onprem"),
                List.of(hop("fabrikam", "exo", null, null, "mail.protection.outlook.com", "250 2.6.0 Queued",
                                "kate@contoso.com"),
                        new Hop("exo", "onprem", Optional.of("To on-prem"), Optional.of("From EXO"), true,
                                Optional.of("mail.contoso.com"), Optional.of("mail.protection.outlook.com"),
                                "250 2.6.0 Queued", List.of("kate@contoso.com"))),
                delivered("kate@contoso.com", "onprem", path("fabrikam", "exo", "onprem")));
        MessageTrace forward = derived("t2", MessageKind.FORWARD, "t1", path("onprem", "exo"),
                List.of(hop("onprem", "exo", "Internet via Office 365", null, null, RELAY_DENIED,
                        "kate@tailspintoys.com")),
                rejected("kate@tailspintoys.com", "exo", RELAY_DENIED, path("onprem", "exo")));
        MessageTrace ndr = derived("t3", MessageKind.NDR, "t2", path("onprem"), List.of(),
                deliveredFrom("kate@contoso.com", "onprem", "", path("onprem")));
        SimulationResult first = new SimulationResult(Path.of("simulations/scenario-4.yaml"), "scenario-4",
                Path.of("topologies/scenario-4.yaml"), List.of(
                new MessageResult(original, Optional.of(any), List.of()),
                new MessageResult(forward, Optional.of(any), List.of(FORWARD_MISMATCH)),
                new MessageResult(ndr, Optional.empty(), List.of())));

        MessageTrace lost = new MessageTrace("untraced:lost", "lost", MessageKind.ORIGINAL, Optional.empty(), "",
                "john@fabrikam.com", List.of(), List.of(), List.of());
        SimulationResult second = new SimulationResult(BASE.resolve("simulations/other.yaml"), "scenario-1",
                Path.of("/elsewhere/scenario-1.yaml"), List.of(
                new MessageResult(lost, Optional.of(any), List.of("no trace for message 'lost'"))));
        return List.of(first, second);
    }
}
