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
import org.mailflowsim.topology.load.YamlValue;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageKind;

/**
 * Binds an {@code expect:} block: the path (node names), the recipients' end states (each recipient must be
 * one the message is addressed to) and the derived messages (forwards and NDRs), each with its own
 * expectation.
 */
final class ExpectationBinder {
    static final Set<String> KEYS = Set.of("path", "recipients", "derived");
    private static final Set<String> RECIPIENT_KEYS = Set.of("address", "state", "node", "mailbox", "code");
    private static final Set<String> DERIVED_KEYS = Set.of("kind", "to", "expect");
    private static final int MAX_DEPTH = 16;

    private final NodeNames nodes;
    private final Problems problems;

    ExpectationBinder(NodeNames nodes, Problems problems) {
        this.nodes = nodes;
        this.problems = problems;
    }

    /**
     * @param to        the addresses the message is sent to
     * @param toLabel   how messages name them, e.g. {@code the message's recipients}
     */
    Expectation bind(YamlMap map, List<String> to, String toLabel, int depth) {
        Optional<List<String>> path = map.get("path").flatMap(YamlValue::asList).map(this::path);
        List<RecipientExpectation> recipients = map.list("recipients").stream()
                .flatMap(v -> v.asMap("recipient expectation", RECIPIENT_KEYS).stream())
                .flatMap(r -> recipient(r, to, toLabel).stream())
                .toList();
        List<DerivedExpectation> derived = List.of();
        if (depth >= MAX_DEPTH && map.get("derived").isPresent()) {
            problems.add(map.get("derived").orElseThrow().at(), "derived expectations nested too deeply");
        } else {
            derived = map.list("derived").stream()
                    .flatMap(v -> v.asMap("derived expectation", DERIVED_KEYS).stream())
                    .flatMap(d -> derived(d, depth).stream())
                    .toList();
        }
        return new Expectation(path, recipients, derived, map.at());
    }

    private List<String> path(List<YamlValue> items) {
        List<Text> names = items.stream().flatMap(v -> v.asText().stream()).toList();
        names.forEach(t -> nodes.check(t, "'path'"));
        return names.stream().map(Text::value).toList();
    }

    private Optional<RecipientExpectation> recipient(YamlMap map, List<String> to, String toLabel) {
        Optional<Text> address = map.requiredText("address").filter(t -> Formats.checkEmail(t, problems).isPresent());
        address.filter(t -> !to.contains(t.value().toLowerCase(Locale.ROOT))).ifPresent(t -> problems.add(t.at(),
                "expected recipient " + t.quoted() + " is not among " + toLabel + " (" + String.join(", ", to) + ")"));
        Optional<EndStateKind> state = map.requiredText("state").flatMap(t -> Choices.parse(t, "state", problems,
                EndStateKind::jsonName, EndStateKind.values()));
        Optional<Text> node = map.text("node");
        node.ifPresent(t -> nodes.check(t, "'node'"));
        Optional<String> mailbox = map.text("mailbox").flatMap(t -> Formats.checkEmail(t, problems));
        Optional<String> code = map.text("code").map(Text::value);
        return address.flatMap(a -> state.map(s -> new RecipientExpectation(a.value(), s, node.map(Text::value),
                code, mailbox, map.at())));
    }

    private Optional<DerivedExpectation> derived(YamlMap map, int depth) {
        Optional<MessageKind> kind = map.requiredText("kind").flatMap(t -> Choices.parse(t, "kind", problems,
                MessageKind::jsonName, MessageKind.FORWARD, MessageKind.NDR));
        List<String> to = map.textOrTexts("to", true).stream()
                .flatMap(t -> Formats.checkEmail(t, problems).stream())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList();
        Expectation expect = map.map("expect", "expectation", KEYS)
                .map(e -> bind(e, to, "the derived message's 'to'", depth + 1))
                .orElse(new Expectation(Optional.empty(), List.of(), List.of(), map.at()));
        return kind.map(k -> new DerivedExpectation(k, to, expect, map.at()));
    }
}
