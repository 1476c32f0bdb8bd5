package org.mailflowsim.simulation;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.SourceRef;

/**
 * What the author of a simulation says must happen to one message: its path (node names in order), the end
 * state of each recipient, and the messages it must give rise to (forwards, NDRs), each with its own
 * expectation.
 */
public record Expectation(Optional<List<String>> path, List<RecipientExpectation> recipients,
                          List<DerivedExpectation> derived, SourceRef source) {
    public Expectation {
        path = path.map(List::copyOf);
        recipients = List.copyOf(recipients);
        derived = List.copyOf(derived);
    }
}
