package org.mailflowsim.simulation;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.Problems;
import org.mailflowsim.topology.load.Suggestions;
import org.mailflowsim.topology.load.Text;

/** Checks that node names in a simulation are nodes of its topology (skipped when the topology did not load). */
final class NodeNames {
    private final Optional<Topology> topology;
    private final Problems problems;

    NodeNames(Optional<Topology> topology, Problems problems) {
        this.topology = topology;
        this.problems = problems;
    }

    Optional<Topology> topology() {
        return topology;
    }

    /** Reports a name that is no node; {@code what} says where it was used, e.g. {@code 'at'}. */
    void check(Text name, String what) {
        if (topology.isEmpty() || topology.get().node(name.value()).isPresent()) {
            return;
        }
        List<String> names = topology.get().nodes().stream().map(NodeSpec::name).sorted().toList();
        String hint = Suggestions.nearest(name.value(), names).map(s -> "did you mean '" + s + "'?")
                .orElse("nodes: " + String.join(", ", names));
        problems.add(name.at(), what + " names no node of topology '" + topology.get().name() + "': "
                + name.quoted() + "; " + hint);
    }
}
