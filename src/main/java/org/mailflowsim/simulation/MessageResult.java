package org.mailflowsim.simulation;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.trace.MessageTrace;

/**
 * One traced message with its verdict. {@code expected} is absent for a derived message nobody stated an
 * expectation for. {@code mismatches} says, for each unmet expectation, what was expected beside what happened.
 */
public record MessageResult(MessageTrace trace, Optional<Expectation> expected, List<String> mismatches) {
    public MessageResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean met() {
        return mismatches.isEmpty();
    }
}
