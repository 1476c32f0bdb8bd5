package org.mailflowsim.simulation;

import java.nio.file.Path;
import java.util.List;

/** The outcome of one simulation file: every message (injected and derived) with its trace and verdict. */
public record SimulationResult(Path file, String topology, Path topologyFile, List<MessageResult> messages) {
    public SimulationResult {
        messages = List.copyOf(messages);
    }

    public boolean allMet() {
        return messages.stream().allMatch(MessageResult::met);
    }
}
