package org.mailflowsim.simulation;

import java.nio.file.Path;
import java.util.List;

/** A simulation file: the topology it runs on and the messages it sends. */
public record Simulation(Path file, Path topologyFile, String title, List<MessageSpec> messages) {
    public Simulation {
        messages = List.copyOf(messages);
    }
}
