package org.mailflowsim.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mailflowsim.node.FaultPlan;
import org.mailflowsim.node.Lab;
import org.mailflowsim.node.SimClock;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.Journal;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/**
 * Runs one simulation: boots the topology's nodes, submits every message, waits until every message (and every
 * message derived from one) has an end state for each recipient and no node holds anything, then judges the
 * traces against the expectations. A run that does not come to rest names what is unaccounted for.
 */
public final class SimulationRunner {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private SimulationRunner() {
    }

    public static SimulationResult run(Simulation simulation, Topology topology) throws InterruptedException {
        return run(simulation, topology, DEFAULT_TIMEOUT);
    }

    public static SimulationResult run(Simulation simulation, Topology topology, Duration timeout)
            throws InterruptedException {
        Journal journal = new Journal();
        boolean quiet;
        try (Lab lab = Lab.start(topology, journal, new SimClock(), faultPlan(simulation.faults()))) {
            for (MessageSpec m : simulation.messages()) {
                lab.injectAt(m.sendAt(), m.name(), SubmissionNode.of(m, topology), m.from(), m.to(),
                        m.subject().orElse(m.name()), m.body().orElse("Sent by mailflow-sim: " + m.name()),
                        m.connectTo());
            }
            quiet = settle(lab, journal, simulation.horizon(), timeout);
            if (!quiet) {
                System.err.println("warning: " + simulation.file() + " did not come to rest within "
                        + timeout.toSeconds() + " s (" + journal.inFlight() + " message(s) still being handled)");
            }
        }
        List<MessageTrace> traces = journal.traces();
        List<MessageResult> judged = ExpectationMatcher.judge(simulation.messages(), traces);
        List<String> unaccounted = journal.unaccounted();
        return new SimulationResult(simulation.file(), topology.name(), topology.file(),
                withConservation(judged, quiet, unaccounted, timeout));
    }

    /**
     * Discrete-event loop: whenever every node is idle, the clock jumps to the next retry or scheduled submission,
     * until nothing is scheduled before the horizon; then whatever still waits ends deferred.
     */
    static boolean settle(Lab lab, Journal journal, Duration horizon, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            if (!journal.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        } while (lab.advance(horizon));
        lab.stopAtHorizon();
        return journal.awaitQuiescence(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
    }

    /** The simulation's faults as the nodes ask for them: by node and simulated time. */
    private static FaultPlan faultPlan(List<Fault> faults) {
        return (node, elapsed) -> faults.stream().filter(f -> f.node().equals(node) && f.activeAt(elapsed))
                .findFirst().map(f -> new FaultPlan.NodeFault(FaultPlan.NodeFault.Kind.valueOf(f.kind().name()),
                        f.reply(), f.delay()));
    }

    /** Adds a mismatch to every message that broke conservation, so no loss passes silently. */
    private static List<MessageResult> withConservation(List<MessageResult> judged, boolean quiet,
                                                        List<String> unaccounted, Duration timeout) {
        List<MessageResult> out = new ArrayList<>();
        for (MessageResult r : judged) {
            List<String> extra = new ArrayList<>();
            for (RecipientOutcome o : r.trace().recipients()) {
                if (o.state().reason().startsWith("UNACCOUNTED")) {
                    extra.add(o.address() + ": no end state (conservation breach"
                            + (quiet ? ")" : "; the run did not come to rest within " + timeout.toSeconds() + " s)"));
                }
            }
            unaccounted.stream().filter(u -> u.startsWith("message '" + r.trace().name() + "'")
                    && u.contains("end states")).forEach(extra::add);
            if (extra.isEmpty()) {
                out.add(r);
            } else {
                List<String> all = new ArrayList<>(r.mismatches());
                all.addAll(extra);
                out.add(new MessageResult(r.trace(), r.expected(), all));
            }
        }
        return out;
    }
}
