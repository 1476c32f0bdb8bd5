package org.mailflowsim.simulation;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.SourceRef;

/**
 * What the author of a simulation says must happen to one message: its path (node names in order), the end
 * state of each recipient, the messages it must give rise to (forwards, NDRs), each with its own expectation,
 * and the number of SMTP hops it took ({@code hops}, the hops of its trace; checked only when given).
 */
public record Expectation(Optional<List<String>> path, List<RecipientExpectation> recipients,
                          List<DerivedExpectation> derived, Optional<Integer> hops, SourceRef source) {
    public Expectation {
        path = path.map(List::copyOf);
        recipients = List.copyOf(recipients);
        derived = List.copyOf(derived);
    }
}
