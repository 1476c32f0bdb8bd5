package org.mailflowsim.simulation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A simulation file: the topology it runs on, the messages it sends, the faults of nodes in simulated time, and
 * the {@code horizon}, the simulated time after which a run stops retrying.
 */
public record Simulation(Path file, Path topologyFile, String title, List<MessageSpec> messages, List<Fault> faults,
                         Duration horizon) {
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);

    public Simulation {
        messages = List.copyOf(messages);
        faults = List.copyOf(faults);
    }
}
