package org.mailflowsim.report;

import java.util.List;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;

/**
 * Counts over results. {@code messages}, {@code met} and {@code notMet} count every listed message (a derived
 * message nobody expected has no mismatch, so it is met); {@code passed} and {@code failed} count only the
 * verdicts, i.e. messages that carried an expectation.
 */
public record ReportSummary(int messages, int met, int notMet, int passed, int failed) {

    public static ReportSummary of(SimulationResult result) {
        return of(List.of(result));
    }

    public static ReportSummary of(List<SimulationResult> results) {
        int messages = 0, met = 0, passed = 0, failed = 0;
        for (SimulationResult sim : results) {
            for (MessageResult m : sim.messages()) {
                messages++;
                met += m.met() ? 1 : 0;
                if (m.expected().isPresent()) {
                    passed += m.met() ? 1 : 0;
                    failed += m.met() ? 0 : 1;
                }
            }
        }
        return new ReportSummary(messages, met, messages - met, passed, failed);
    }
}
