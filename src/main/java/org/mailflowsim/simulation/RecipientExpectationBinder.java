package org.mailflowsim.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.load.Choices;
import org.mailflowsim.topology.load.Formats;
import org.mailflowsim.topology.load.Problems;
import org.mailflowsim.topology.load.Text;
import org.mailflowsim.topology.load.YamlMap;
import org.mailflowsim.trace.EndStateKind;

/**
 * Binds one entry of an expectation's {@code recipients:}. The address must be one the message is sent to;
 * {@code envelopeFrom} is an address in which {@code *} matches any run of characters, or {@code ""} /
 * {@code "<>"} for the null reverse-path, and applies to a delivered copy only.
 */
final class RecipientExpectationBinder {
    static final Set<String> KEYS = Set.of("address", "state", "node", "mailbox", "code", "envelopeFrom");

    private final NodeNames nodes;
    private final Problems problems;

    RecipientExpectationBinder(NodeNames nodes, Problems problems) {
        this.nodes = nodes;
        this.problems = problems;
    }

    /**
     * @param to      the addresses the message is sent to; empty when they are unknown (a problem already said why)
     * @param toLabel how messages name them, e.g. {@code the message's recipients}
     */
    Optional<RecipientExpectation> bind(YamlMap map, List<String> to, String toLabel) {
        Optional<Text> address = map.requiredText("address").filter(t -> Formats.checkEmail(t, problems).isPresent());
        address.filter(t -> !to.isEmpty() && !to.contains(t.value().toLowerCase(Locale.ROOT))).ifPresent(t ->
                problems.add(t.at(), "expected recipient " + t.quoted() + " is not among " + toLabel + " ("
                        + String.join(", ", to) + ")"));
        Optional<EndStateKind> state = map.requiredText("state").flatMap(t -> Choices.parse(t, "state", problems,
                EndStateKind::jsonName, EndStateKind.values()));
        Optional<Text> node = map.text("node");
        node.ifPresent(t -> nodes.check(t, "'node'"));
        Optional<String> mailbox = map.text("mailbox").flatMap(t -> Formats.checkEmail(t, problems));
        Optional<String> code = map.text("code").map(Text::value);
        Optional<String> envelopeFrom = map.text("envelopeFrom").flatMap(this::envelopeFrom);
        if (envelopeFrom.isPresent() && state.isPresent() && state.get() != EndStateKind.DELIVERED) {
            problems.add(map.keyAt("envelopeFrom").orElseThrow(), "'envelopeFrom' is the envelope sender a delivered"
                    + " copy arrived with, so it needs state delivered, not " + state.get().jsonName());
        }
        return address.flatMap(a -> state.map(s -> new RecipientExpectation(a.value(), s, node.map(Text::value),
                code, mailbox, envelopeFrom, map.at())));
    }

    private Optional<String> envelopeFrom(Text t) {
        String value = t.value();
        if (value.isEmpty() || value.equals("<>")) {
            return Optional.of("");
        }
        if (value.contains("@") && Formats.isEmail(value.replace("*", "x"))) {
            return Optional.of(value);
        }
        problems.add(t.at(), "malformed envelope sender " + t.quoted() + "; expected an e-mail address (a '*'"
                + " matches any run of characters), or \"\" or \"<>\" for the null reverse-path");
        return Optional.empty();
    }
}
