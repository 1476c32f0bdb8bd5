package org.mailflowsim.simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.Formats;
import org.mailflowsim.topology.load.Problems;
import org.mailflowsim.topology.load.Text;
import org.mailflowsim.topology.load.TopologyLoader;
import org.mailflowsim.topology.load.YamlFile;
import org.mailflowsim.topology.load.YamlMap;
import org.mailflowsim.topology.load.YamlValue;

/**
 * Loads a simulation file and the topology it names (relative to the simulation file), and checks the
 * messages and faults against that topology. Problems of both files are reported together.
 */
public final class SimulationLoader {
    static final Set<String> KEYS = Set.of("topology", "title", "horizon", "faults", "messages");

    private SimulationLoader() {
    }

    /** Loads and checks a simulation; see {@link #loadWithTopology(Path)} to keep the topology too. */
    public static Simulation load(Path file) throws BadInputException {
        return loadWithTopology(file).simulation();
    }

    /** Loads and checks a simulation and its topology; throws with every problem of both files. */
    public static LoadedSimulation loadWithTopology(Path file) throws BadInputException {
        Problems problems = new Problems();
        Optional<YamlMap> map = YamlFile.read(file, problems)
                .flatMap(root -> new YamlValue(file, root, problems, "the file").asMap("simulation", KEYS));
        if (map.isEmpty()) {
            problems.throwIfAny();
        }
        Optional<Text> topologyText = map.get().requiredText("topology");
        Optional<Path> topologyFile = topologyText.map(t -> file.resolveSibling(t.value()).normalize());
        Optional<Topology> topology = topologyText.flatMap(t -> topology(t, topologyFile.get(), problems));
        String title = map.get().text("title").map(Text::value).orElse("");
        Duration horizon = map.get().text("horizon").flatMap(t -> horizon(t, problems))
                .orElse(Simulation.DEFAULT_HORIZON);
        NodeNames nodes = new NodeNames(topology, problems);
        List<Fault> faults = new FaultBinder(nodes, problems).bind(map.get().list("faults"));
        List<MessageSpec> messages = new MessageBinder(nodes, problems).bind(map.get().requiredList("messages"));
        for (MessageSpec m : messages) {
            if (m.sendAt().compareTo(horizon) >= 0) {
                // Such a message would never be submitted: say so now rather than report it missing later.
                problems.add(m.source(), "message '" + m.name() + "' has sendAt " + Formats.durationText(m.sendAt())
                        + ", not before the horizon " + Formats.durationText(horizon) + "; it would never be sent");
            }
        }
        problems.throwIfAny();
        return new LoadedSimulation(new Simulation(file, topologyFile.orElseThrow(), title, messages, faults, horizon),
                topology.orElseThrow());
    }

    private static Optional<Duration> horizon(Text t, Problems problems) {
        Optional<Duration> horizon = Formats.checkDuration(t, problems);
        if (horizon.isPresent() && horizon.get().isZero()) {
            problems.add(t.at(), "'horizon' must be longer than 0s");
            return Optional.empty();
        }
        return horizon;
    }

    private static Optional<Topology> topology(Text reference, Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(reference.at(), "topology file " + reference.quoted() + " not found (" + file + ")");
            return Optional.empty();
        }
        Problems own = new Problems();
        Optional<Topology> topology = TopologyLoader.load(file, own);
        if (topology.isEmpty()) {
            problems.add(reference.at(), "topology " + reference.quoted() + " does not load: "
                    + own.size() + " problem(s) in it");
            problems.addAll(own);
        }
        return topology;
    }
}
