package org.mailflowsim.report;

import java.nio.file.Path;
import java.util.List;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;

/**
 * The report people read in a terminal: per simulation a header, every message (derived ones indented under
 * their cause) with path, numbered hops, recipient end states and verdict, and a per-run count. The last line
 * is always {@code N passed, N failed} over all simulations, counting messages that carried an expectation
 * (CI parses it). Deterministic: nothing depends on time, ports or the machine (files are shown relative to
 * the base directory when they lie below it).
 */
public final class TextReport {

    private TextReport() {
    }

    /** Files shown relative to the current directory. */
    public static String render(List<SimulationResult> results) {
        return render(results, Path.of(""));
    }

    public static String render(List<SimulationResult> results, Path baseDir) {
        StringBuilder out = new StringBuilder();
        for (SimulationResult sim : results) {
            out.append("Simulation ").append(ReportText.display(sim.file(), baseDir)).append('\n');
            out.append("Topology   ").append(sim.topology())
                    .append(" (").append(ReportText.display(sim.topologyFile(), baseDir)).append(")\n");
            Lineage lineage = new Lineage(sim);
            for (MessageResult m : sim.messages()) {
                out.append('\n');
                MessageText.append(out, m, lineage);
            }
            ReportSummary s = ReportSummary.of(sim);
            out.append('\n').append(s.messages()).append(" messages, ").append(s.met()).append(" met, ")
                    .append(s.notMet()).append(" not met\n\n");
        }
        ReportSummary total = ReportSummary.of(results);
        out.append(total.passed()).append(" passed, ").append(total.failed()).append(" failed\n");
        return out.toString();
    }
}
