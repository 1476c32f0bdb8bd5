package org.mailflowsim.simulation;

import java.util.List;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.trace.MessageKind;

/** A message that must arise from another one (a forward or an NDR), addressed to {@code to}. */
public record DerivedExpectation(MessageKind kind, List<String> to, Expectation expect, SourceRef source) {
    public DerivedExpectation {
        to = to.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
