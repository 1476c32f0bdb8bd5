package org.mailflowsim.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;

/**
 * Judges the traces of one run against the expectations of its simulation. A pure function: no I/O, no clock,
 * the same input always gives the same output.
 *
 * <p>Rules:
 * <ul>
 *   <li>A spec belongs to the first {@link MessageKind#ORIGINAL} trace whose {@code name} equals the spec's.</li>
 *   <li>A spec with no such trace is not lost: it gets a placeholder trace (id {@code untraced:<name>}, no hops,
 *       no path, no recipients) and the single mismatch {@code no trace for message '<name>'}; the rest of its
 *       expectation is not compared, since every line would only repeat that fact.</li>
 *   <li>The children of a trace are the traces whose {@code causeId} is its id, in trace order. Each
 *       {@link DerivedExpectation} takes the first child not yet taken with the same kind and the same set of
 *       recipient addresses (case-insensitive); when none fits, the parent gets
 *       {@code expected a forward to <to>, none was generated}.</li>
 *   <li>A derived message nobody expected is listed with {@code expected} empty and no mismatch: forwards and
 *       NDRs are often side effects an author does not care about, so they are shown but never fail a run.</li>
 *   <li>Order: originals in spec order, each followed depth-first by its derived messages. Traces no spec
 *       reaches (an original without a spec, a derived message whose cause is unknown) come last, in trace
 *       order, without expectation: every trace appears exactly once.</li>
 * </ul>
 */
public final class ExpectationMatcher {
    private static final String UNTRACED_ID_PREFIX = "untraced:";

    private ExpectationMatcher() {
    }

    public static List<MessageResult> judge(List<MessageSpec> specs, List<MessageTrace> traces) {
        return new Run(traces).judge(specs);
    }

    /** The mutable state of one judgement, kept out of the public static API. */
    private static final class Run {
        private final List<MessageTrace> traces;
        private final Map<String, List<MessageTrace>> children = new HashMap<>();
        // Identity, not equality: two traces could in theory be equal records and must still both be listed.
        private final Set<MessageTrace> emitted = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<MessageResult> out = new ArrayList<>();

        Run(List<MessageTrace> traces) {
            this.traces = traces;
            for (MessageTrace t : traces) {
                t.causeId().ifPresent(c -> children.computeIfAbsent(c, k -> new ArrayList<>()).add(t));
            }
        }

        List<MessageResult> judge(List<MessageSpec> specs) {
            for (MessageSpec spec : specs) {
                Optional<MessageTrace> original = traces.stream()
                        .filter(t -> t.kind() == MessageKind.ORIGINAL && t.name().equals(spec.name()))
                        .filter(t -> !emitted.contains(t))
                        .findFirst();
                if (original.isPresent()) {
                    visit(original.get(), Optional.of(spec.expect()));
                } else {
                    out.add(untraced(spec));
                }
            }
            // Leftovers: roots first (so a leftover parent still precedes its children), then anything in a cycle.
            Set<String> ids = traces.stream().map(MessageTrace::id).collect(Collectors.toSet());
            for (MessageTrace t : traces) {
                if (!emitted.contains(t) && t.causeId().filter(ids::contains).isEmpty()) {
                    visit(t, Optional.empty());
                }
            }
            for (MessageTrace t : traces) {
                if (!emitted.contains(t)) {
                    visit(t, Optional.empty());
                }
            }
            return List.copyOf(out);
        }

        private void visit(MessageTrace trace, Optional<Expectation> expectation) {
            emitted.add(trace);
            List<MessageTrace> kids = children.getOrDefault(trace.id(), List.of()).stream()
                    .filter(k -> !emitted.contains(k)).toList();
            Map<MessageTrace, Expectation> kidExpectations = new IdentityHashMap<>();
            List<String> mismatches = new ArrayList<>();
            expectation.ifPresent(e -> {
                mismatches.addAll(Mismatches.compare(e, trace));
                for (DerivedExpectation d : e.derived()) {
                    Optional<MessageTrace> match = kids.stream()
                            .filter(k -> !kidExpectations.containsKey(k) && fits(d, k))
                            .findFirst();
                    if (match.isPresent()) {
                        kidExpectations.put(match.get(), d.expect() != null ? d.expect() : emptyExpectation(d));
                    } else {
                        mismatches.add(Mismatches.missingDerived(d, kids));
                    }
                }
            });
            out.add(new MessageResult(trace, expectation, mismatches));
            for (MessageTrace k : kids) {
                if (!emitted.contains(k)) {
                    visit(k, Optional.ofNullable(kidExpectations.get(k)));
                }
            }
        }
    }

    private static boolean fits(DerivedExpectation d, MessageTrace t) {
        return t.kind() == d.kind() && addresses(t).equals(new HashSet<>(d.to()));
    }

    static Set<String> addresses(MessageTrace t) {
        return t.recipients().stream().map(r -> r.address().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Expectation emptyExpectation(DerivedExpectation d) {
        return ExpectationBinder.none(d.source());
    }

    private static MessageResult untraced(MessageSpec spec) {
        MessageTrace placeholder = new MessageTrace(UNTRACED_ID_PREFIX + spec.name(), spec.name(),
                MessageKind.ORIGINAL, Optional.empty(), spec.at().orElse(""), spec.from(),
                List.of(), List.of(), List.of());
        return new MessageResult(placeholder, Optional.of(spec.expect()),
                List.of("no trace for message '" + spec.name() + "'"));
    }
}
