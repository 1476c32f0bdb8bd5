package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mailflowsim.policy.SpamFilter;
import org.mailflowsim.simulation.LoadedSimulation;
import org.mailflowsim.simulation.MessageSpec;
import org.mailflowsim.simulation.SimulationLoader;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.EndStateKind;

/**
 * The static walk and the SMTP runtime must agree on every path (design.md §3): for each single-recipient message
 * of the shipped simulations that is delivered, refused or bounced (not looped: the runtime's path is as long as the
 * hop limit), the walk from the submitting node takes the path the simulation expects. Left out: messages sent
 * with {@code connectTo} (they ignore routing on purpose) and spam (a content filter refuses it; the walk routes
 * envelopes, not content).
 */
class WalkAgreesWithSimulationsTest {
    private static final Set<EndStateKind> STATIC_ENDS = Set.of(EndStateKind.DELIVERED, EndStateKind.REJECTED,
            EndStateKind.BOUNCED);

    @Test
    void walksTakeTheExpectedPathOfEverySimulatedMessage() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Path file : simulationFiles()) {
            LoadedSimulation loaded = SimulationLoader.loadWithTopology(file);
            if (!loaded.simulation().faults().isEmpty()) {
                continue;   // outages and temporary failures change paths at run time; the walk knows none
            }
            Topology t = loaded.topology();
            RouteWalker walker = new RouteWalker(CheckContext.of(t));
            for (MessageSpec m : loaded.simulation().messages()) {
                if (m.to().size() != 1 || m.expect().path().isEmpty() || m.expect().recipients().size() != 1
                        || !STATIC_ENDS.contains(m.expect().recipients().get(0).state())
                        || m.connectTo().isPresent() || m.body().filter(b -> b.contains(SpamFilter.GTUBE)).isPresent()) {
                    continue;
                }
                NodeSpec at = submissionNode(m, t);
                String path = walker.walk(WalkStart.submittedAt(at), m.from(), m.to().get(0)).path(at);
                String expected = String.join(" -> ", m.expect().path().get());
                compared++;
                if (!path.equals(expected)) {
                    disagreements.add(file.getFileName() + " '" + m.name() + "': expected " + expected
                            + ", walk " + path);
                }
            }
        }
        assertTrue(compared >= 20, "compared only " + compared + " messages");
        assertEquals(List.of(), disagreements);
    }

    private static List<Path> simulationFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("simulations"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** As the runner submits it: the node named by {@code at}, else the node holding the sender's mailbox. */
    private static NodeSpec submissionNode(MessageSpec m, Topology t) {
        return m.at().flatMap(t::node).orElseGet(() -> t.nodes().stream()
                .filter(n -> n.mailboxes().stream().anyMatch(b -> b.answersTo(m.from()))).findFirst().orElseThrow());
    }
}
