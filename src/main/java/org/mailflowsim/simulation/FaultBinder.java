package org.mailflowsim.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mailflowsim.topology.load.Choices;
import org.mailflowsim.topology.load.Formats;
import org.mailflowsim.topology.load.Problems;
import org.mailflowsim.topology.load.Text;
import org.mailflowsim.topology.load.YamlMap;
import org.mailflowsim.topology.load.YamlValue;

/**
 * Binds the {@code faults:} of a simulation. {@code node} must be a node of the topology, {@code until} after
 * {@code from} (default 0s); {@code delay} is required for a slow fault and refused otherwise; {@code reply} is a
 * temporary (4xx) SMTP reply, for down and tempfail faults only.
 */
final class FaultBinder {
    static final Set<String> KEYS = Set.of("node", "kind", "from", "until", "delay", "reply");
    private static final Pattern TEMPORARY_REPLY = Pattern.compile("4\\d\\d(?:[ -].*)?", Pattern.DOTALL);

    private final NodeNames nodes;
    private final Problems problems;

    FaultBinder(NodeNames nodes, Problems problems) {
        this.nodes = nodes;
        this.problems = problems;
    }

    List<Fault> bind(List<YamlValue> items) {
        return items.stream()
                .flatMap(v -> v.asMap("fault", KEYS).stream())
                .flatMap(m -> fault(m).stream())
                .toList();
    }

    private Optional<Fault> fault(YamlMap map) {
        Optional<Text> node = map.requiredText("node");
        node.ifPresent(t -> nodes.check(t, "'node'"));
        Optional<FaultKind> kind = map.requiredText("kind").flatMap(t -> Choices.parse(t, "fault kind", problems,
                FaultKind::yamlName, FaultKind.values()));
        Optional<Text> fromText = map.text("from");
        Optional<Duration> from = fromText.isPresent() ? fromText.flatMap(this::duration) : Optional.of(Duration.ZERO);
        Optional<Text> untilText = map.requiredText("until");
        Optional<Duration> until = untilText.flatMap(this::duration);
        if (from.isPresent() && until.isPresent() && until.get().compareTo(from.get()) <= 0) {
            problems.add(untilText.get().at(), "'until' (" + untilText.get().value() + ") must be after 'from' ("
                    + fromText.map(Text::value).orElse("0s") + ")");
            until = Optional.empty();
        }
        Optional<Duration> delay = delay(map, kind);
        Optional<String> reply = reply(map, kind);
        if (node.isEmpty() || kind.isEmpty() || from.isEmpty() || until.isEmpty()
                || (kind.get() == FaultKind.SLOW && delay.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Fault(node.get().value(), kind.get(), from.get(), until.get(), delay, reply, map.at()));
    }

    private Optional<Duration> delay(YamlMap map, Optional<FaultKind> kind) {
        Optional<Text> text = map.text("delay");
        if (kind.isPresent() && kind.get() != FaultKind.SLOW && text.isPresent()) {
            problems.add(map.keyAt("delay").orElseThrow(), "'delay' is only for a slow fault, not "
                    + kind.get().yamlName());
            return Optional.empty();
        }
        if (kind.equals(Optional.of(FaultKind.SLOW)) && map.get("delay").isEmpty()) {
            problems.add(map.at(), "a slow fault needs 'delay', how much longer each SMTP conversation takes");
            return Optional.empty();
        }
        Optional<Duration> delay = text.flatMap(this::duration);
        if (delay.isPresent() && delay.get().isZero()) {
            problems.add(text.get().at(), "'delay' must be longer than 0s");
            return Optional.empty();
        }
        return delay;
    }

    private Optional<String> reply(YamlMap map, Optional<FaultKind> kind) {
        Optional<Text> text = map.text("reply");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (kind.equals(Optional.of(FaultKind.SLOW))) {
            problems.add(map.keyAt("reply").orElseThrow(), "'reply' is only for a down or tempfail fault, not slow");
            return Optional.empty();
        }
        if (!TEMPORARY_REPLY.matcher(text.get().value()).matches()) {
            problems.add(text.get().at(), "fault reply " + text.get().quoted() + " must be a temporary SMTP reply:"
                    + " three digits starting with 4, e.g. \"421 4.3.2 Service not available\"");
            return Optional.empty();
        }
        return text.map(Text::value);
    }

    private Optional<Duration> duration(Text t) {
        return Formats.checkDuration(t, problems);
    }
}
