package org.mailflowsim.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;
import org.mailflowsim.trace.SmtpReplies;
import org.mailflowsim.trace.SpfCheck;

/**
 * Compares one expectation with one trace and words each difference so it reads on its own, expected beside
 * actual (e.g. {@code path: expected fabrikam → exo → onprem, actual fabrikam → exo}). The actual hop count is
 * the number of hops in the trace: every SMTP conversation that carried or tried to carry the message.
 */
final class Mismatches {
    static final String ARROW = " → ";

    private Mismatches() {
    }

    /** Path, hop count and recipients; derived messages are matched by {@link ExpectationMatcher}. */
    static List<String> compare(Expectation e, MessageTrace trace) {
        List<String> out = new ArrayList<>();
        e.path().ifPresent(p -> {
            if (!p.equals(trace.path())) {
                out.add("path: expected " + path(p) + ", actual " + path(trace.path()));
            }
        });
        e.hops().filter(h -> h != trace.hops().size())
                .ifPresent(h -> out.add("hops: expected " + h + ", actual " + trace.hops().size()));
        for (RecipientExpectation r : e.recipients()) {
            Optional<RecipientOutcome> actual = trace.recipients().stream()
                    .filter(o -> o.address().equalsIgnoreCase(r.address())).findFirst();
            if (actual.isEmpty()) {
                out.add(r.address() + ": expected " + describe(r) + ", actual not a recipient of this message");
            } else if (!satisfies(r, actual.get().state())) {
                out.add(r.address() + ": expected " + describe(r) + ", actual " + describe(actual.get().state()));
            } else if (r.envelopeFrom().isPresent()
                    && !envelopeMatches(r.envelopeFrom().get(), actual.get().state().envelopeFrom())) {
                // Checked only once the end state itself is right: otherwise it would just repeat that mismatch.
                out.add(r.address() + ": expected envelope sender " + sender(r.envelopeFrom().get()) + ", actual "
                        + actual.get().state().envelopeFrom().map(Mismatches::sender).orElse("none recorded"));
            }
        }
        e.spf().forEach(x -> spf(x, trace).ifPresent(out::add));
        return out;
    }

    /** The first verdict recorded at the expected node must have the expected result (and IP, when given). */
    private static Optional<String> spf(SpfExpectation x, MessageTrace trace) {
        Optional<SpfCheck> actual = trace.hops().stream().filter(h -> h.to().equals(x.node()))
                .flatMap(h -> h.spf().stream()).findFirst();
        String expected = x.result() + x.ip().map(ip -> " from " + ip).orElse("");
        if (actual.isEmpty()) {
            return Optional.of("spf at " + x.node() + ": expected " + expected + ", actual none recorded");
        }
        SpfCheck a = actual.get();
        boolean ok = a.result().equals(x.result()) && x.ip().map(a.ip()::equals).orElse(true);
        return ok ? Optional.empty() : Optional.of("spf at " + x.node() + ": expected " + expected + ", actual "
                + a.result() + " from " + a.ip() + " (" + a.explanation() + ")");
    }

    /**
     * Whether an envelope sender matches an expected one, in which {@code *} matches any run of characters;
     * case-insensitive like every address comparison here. {@code ""} (the null reverse-path) matches only itself.
     */
    static boolean envelopeMatches(String expected, Optional<String> actual) {
        if (actual.isEmpty()) {
            return false;
        }
        String regex = Arrays.stream(expected.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(actual.get()).matches();
    }

    /** An envelope sender as people write it: {@code <>} for the null reverse-path. */
    static String sender(String address) {
        return address.isEmpty() ? "<>" : address;
    }

    static String missingDerived(DerivedExpectation d, List<MessageTrace> kids) {
        String text = "expected " + article(d.kind()) + " " + kindWord(d.kind()) + " to " + String.join(", ", d.to())
                + ", none was generated";
        // Naming what was generated instead makes a wrong-recipient forward obvious at a glance.
        List<String> others = kids.stream().filter(k -> k.kind() == d.kind())
                .map(k -> String.join(", ", ExpectationMatcher.addresses(k).stream().sorted().toList())).toList();
        return others.isEmpty() ? text : text + " (generated instead: " + kindWord(d.kind()) + " to "
                + String.join("; ", others) + ")";
    }

    /** State must be equal; node, code and mailbox are checked only when the author gave them. */
    static boolean satisfies(RecipientExpectation r, EndState s) {
        return r.state() == s.kind()
                && r.node().map(n -> n.equals(s.node())).orElse(true)
                && r.code().map(c -> s.code().map(a -> SmtpReplies.matches(c, a)).orElse(false)).orElse(true)
                && r.mailbox().map(m -> s.mailbox().map(m::equalsIgnoreCase).orElse(false)).orElse(true);
    }

    static String describe(RecipientExpectation r) {
        StringBuilder b = new StringBuilder(r.state().jsonName());
        r.node().ifPresent(n -> b.append(" at ").append(n));
        r.code().ifPresent(c -> b.append(" (").append(c).append(')'));
        r.mailbox().ifPresent(m -> b.append(" (mailbox ").append(m).append(')'));
        return b.toString();
    }

    static String describe(EndState s) {
        StringBuilder b = new StringBuilder(s.kind().jsonName());
        if (s.node() != null && !s.node().isBlank()) {
            b.append(" at ").append(s.node());
        }
        s.code().ifPresent(c -> b.append(" (").append(oneLine(c)).append(')'));
        s.mailbox().ifPresent(m -> b.append(" (mailbox ").append(m).append(')'));
        return b.toString();
    }

    static String path(List<String> nodes) {
        return nodes.isEmpty() ? "(none)" : String.join(ARROW, nodes);
    }

    /** Multi-line SMTP replies would break a one-line mismatch. */
    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    private static String kindWord(MessageKind k) {
        return k == MessageKind.NDR ? "NDR" : k.jsonName();
    }

    private static String article(MessageKind k) {
        return k == MessageKind.NDR ? "an" : "a";
    }
}
