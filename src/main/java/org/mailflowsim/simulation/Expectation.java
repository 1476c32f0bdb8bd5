package org.mailflowsim.simulation;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.SourceRef;

/**
 * What the author of a simulation says must happen to one message: its path (node names in order), the end
 * state of each recipient, the messages it must give rise to (forwards, NDRs), each with its own expectation,
 * the number of SMTP hops it took ({@code hops}, the hops of its trace; checked only when given), and the SPF
 * verdicts nodes must record on the way ({@code spf}).
 */
public record Expectation(Optional<List<String>> path, List<RecipientExpectation> recipients,
                          List<DerivedExpectation> derived, Optional<Integer> hops, List<SpfExpectation> spf,
                          SourceRef source) {
    public Expectation {
        path = path.map(List::copyOf);
        recipients = List.copyOf(recipients);
        derived = List.copyOf(derived);
        spf = List.copyOf(spf);
    }

    /** An expectation that states no SPF verdicts. */
    public Expectation(Optional<List<String>> path, List<RecipientExpectation> recipients,
                       List<DerivedExpectation> derived, Optional<Integer> hops, SourceRef source) {
        this(path, recipients, derived, hops, List.of(), source);
    }
}
