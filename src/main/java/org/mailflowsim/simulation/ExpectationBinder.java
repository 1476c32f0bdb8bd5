package org.mailflowsim.simulation;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.load.Choices;
import org.mailflowsim.topology.load.Formats;
import org.mailflowsim.topology.load.Problems;
import org.mailflowsim.topology.load.Text;
import org.mailflowsim.topology.load.YamlMap;
import org.mailflowsim.topology.load.YamlValue;
import org.mailflowsim.trace.MessageKind;

/**
 * Binds an {@code expect:} block: the path (node names), the number of hops, the recipients' end states
 * ({@link RecipientExpectationBinder}) and the derived messages (forwards and NDRs), each with its own
 * expectation. An NDR goes to the sender of the message it is under: its {@code to} defaults to that sender, and
 * under a message with the null reverse-path (an NDR itself, or a message sent from {@code <>}, or a forward of
 * one) no NDR can arise. A forward keeps the sender of the message it forwards.
 */
final class ExpectationBinder {
    static final Set<String> KEYS = Set.of("path", "hops", "recipients", "derived", "spf");
    private static final Set<String> SPF_KEYS = Set.of("node", "result", "ip");
    private static final Set<String> DERIVED_KEYS = Set.of("kind", "to", "expect");
    private static final int MAX_DEPTH = 16;

    private final NodeNames nodes;
    private final Problems problems;
    private final RecipientExpectationBinder recipients;

    ExpectationBinder(NodeNames nodes, Problems problems) {
        this.nodes = nodes;
        this.problems = problems;
        this.recipients = new RecipientExpectationBinder(nodes, problems);
    }

    /** The expectation of a message without {@code expect:}: nothing is checked. */
    static Expectation none(SourceRef at) {
        return new Expectation(Optional.empty(), List.of(), List.of(), Optional.empty(), at);
    }

    /**
     * @param to        the addresses the message is sent to
     * @param toLabel   how messages name them, e.g. {@code the message's recipients}
     * @param sender    the message's envelope sender ({@code ""}: the null reverse-path); empty when unknown
     */
    Expectation bind(YamlMap map, List<String> to, String toLabel, Optional<String> sender, int depth) {
        Optional<List<String>> path = map.get("path").flatMap(YamlValue::asList).map(this::path);
        Optional<Integer> hops = hops(map);
        List<RecipientExpectation> expected = map.list("recipients").stream()
                .flatMap(v -> v.asMap("recipient expectation", RecipientExpectationBinder.KEYS).stream())
                .flatMap(r -> recipients.bind(r, to, toLabel).stream())
                .toList();
        List<DerivedExpectation> derived = List.of();
        if (depth >= MAX_DEPTH && map.get("derived").isPresent()) {
            problems.add(map.get("derived").orElseThrow().at(), "derived expectations nested too deeply");
        } else {
            derived = map.list("derived").stream()
                    .flatMap(v -> v.asMap("derived expectation", DERIVED_KEYS).stream())
                    .flatMap(d -> derived(d, sender, depth).stream())
                    .toList();
        }
        List<SpfExpectation> spf = map.list("spf").stream()
                .flatMap(v -> v.asMap("SPF expectation", SPF_KEYS).stream())
                .flatMap(m -> spf(m).stream())
                .toList();
        return new Expectation(path, expected, derived, hops, spf, map.at());
    }

    /** {@code { node: exo, result: pass, ip: 198.51.100.25 }}; {@code ip} is optional. */
    private Optional<SpfExpectation> spf(YamlMap map) {
        Optional<Text> node = map.requiredText("node");
        node.ifPresent(t -> nodes.check(t, "'spf'"));
        Optional<SpfResult> result = map.requiredText("result").flatMap(t -> Choices.parse(t, "SPF result", problems,
                SpfResult::rfcName, SpfResult.values()));
        Optional<String> ip = map.text("ip").flatMap(t -> Formats.checkIp(t, problems)).map(InetAddress::getHostAddress);
        if (node.isEmpty() || result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SpfExpectation(node.get().value(), result.get().rfcName(), ip, map.at()));
    }

    private List<String> path(List<YamlValue> items) {
        List<Text> names = items.stream().flatMap(v -> v.asText().stream()).toList();
        names.forEach(t -> nodes.check(t, "'path'"));
        return names.stream().map(Text::value).toList();
    }

    private Optional<Integer> hops(YamlMap map) {
        Optional<Integer> hops = map.integer("hops");
        if (hops.isPresent() && hops.get() < 0) {
            problems.add(map.get("hops").orElseThrow().at(), "'hops' must be 0 or more, got " + hops.get());
            return Optional.empty();
        }
        return hops;
    }

    private Optional<DerivedExpectation> derived(YamlMap map, Optional<String> sender, int depth) {
        Optional<Text> kindText = map.requiredText("kind");
        Optional<MessageKind> kind = kindText.flatMap(t -> Choices.parse(t, "kind", problems,
                MessageKind::jsonName, MessageKind.FORWARD, MessageKind.NDR));
        boolean ndr = kind.equals(Optional.of(MessageKind.NDR));
        if (ndr && sender.equals(Optional.of(""))) {
            problems.add(kindText.orElseThrow().at(), "a message with a null reverse-path never gives rise to an NDR");
        }
        // Required unless an NDR leaves it out; an empty list is refused either way.
        List<String> to = map.textOrTexts("to", !ndr || map.get("to").isPresent()).stream()
                .flatMap(t -> Formats.checkEmail(t, problems).stream())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList();
        if (ndr && map.get("to").isEmpty()) {
            to = sender.filter(s -> !s.isEmpty()).map(List::of).orElse(List.of());
        }
        // An NDR is sent from the null reverse-path; a forward keeps the sender of what it forwards.
        Optional<String> derivedSender = ndr ? Optional.of("") : sender;
        List<String> derivedTo = to;
        Expectation expect = map.map("expect", "expectation", KEYS)
                .map(e -> bind(e, derivedTo, "the derived message's 'to'", derivedSender, depth + 1))
                .orElse(none(map.at()));
        return kind.map(k -> new DerivedExpectation(k, derivedTo, expect, map.at()));
    }
}
