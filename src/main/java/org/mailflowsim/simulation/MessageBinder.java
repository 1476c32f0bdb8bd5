package org.mailflowsim.simulation;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.Formats;
import org.mailflowsim.topology.load.Problems;
import org.mailflowsim.topology.load.Text;
import org.mailflowsim.topology.load.YamlMap;
import org.mailflowsim.topology.load.YamlValue;

/**
 * Binds the {@code messages:} of a simulation. {@code from: ""} or {@code "<>"} is the null reverse-path
 * (stored as ""); {@code to} is one address or a list. Without {@code at}, a message is submitted at the node
 * with the sender's mailbox, so such a node must exist. {@code sendAt} (default 0s) is the simulated time of
 * submission. {@code connectTo} must be a host name the topology's DNS resolves to a node's address.
 */
final class MessageBinder {
    static final Set<String> KEYS = Set.of("name", "from", "to", "at", "sendAt", "connectTo", "subject", "body",
            "expect");

    private final NodeNames nodes;
    private final Problems problems;
    private final ExpectationBinder expectations;
    private final Map<String, SourceRef> names = new HashMap<>();

    MessageBinder(NodeNames nodes, Problems problems) {
        this.nodes = nodes;
        this.problems = problems;
        this.expectations = new ExpectationBinder(nodes, problems);
    }

    List<MessageSpec> bind(List<YamlValue> items) {
        return items.stream()
                .flatMap(v -> v.asMap("message", KEYS).stream())
                .flatMap(m -> message(m).stream())
                .toList();
    }

    private Optional<MessageSpec> message(YamlMap map) {
        Optional<Text> nameText = map.requiredText("name");
        nameText.ifPresent(this::uniqueName);
        String name = nameText.map(Text::value).orElse("");
        YamlMap named = map.named(name);
        Optional<Text> fromText = named.requiredText("from");
        Optional<String> from = fromText.flatMap(this::sender);
        List<String> to = named.textOrTexts("to", true).stream()
                .flatMap(t -> Formats.checkEmail(t, problems).stream())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList();
        Optional<Text> at = named.text("at");
        at.ifPresent(t -> nodes.check(t, "'at'"));
        if (at.isEmpty() && from.isPresent()) {
            checkDefaultNode(fromText.orElseThrow(), from.get());
        }
        Optional<String> connectTo = named.text("connectTo").flatMap(this::connectTo);
        Duration sendAt = named.text("sendAt").flatMap(t -> Formats.checkDuration(t, problems)).orElse(Duration.ZERO);
        Expectation expect = named.map("expect", "expectation", ExpectationBinder.KEYS)
                .map(e -> expectations.bind(e, to, "the message's recipients", from, 0))
                .orElse(ExpectationBinder.none(map.at()));
        return from.map(f -> new MessageSpec(name, f, to, at.map(Text::value), named.text("subject").map(Text::value),
                named.text("body").map(Text::value), expect, sendAt, connectTo, map.at()));
    }

    /** A host the simulated DNS resolves to an address some node of the topology listens on. */
    private Optional<String> connectTo(Text host) {
        Optional<String> name = Formats.checkDomain(host, problems).map(h -> h.toLowerCase(Locale.ROOT));
        Optional<Topology> topology = nodes.topology();
        if (name.isEmpty() || topology.isEmpty()) {
            return name;
        }
        List<java.net.InetAddress> addresses = SimulatedDns.of(topology.get()).addresses(name.get());
        boolean reachesNode = topology.get().nodes().stream().anyMatch(n -> n.ips().stream()
                .anyMatch(addresses::contains));
        if (!reachesNode) {
            problems.add(host.at(), "connectTo " + host.quoted() + (addresses.isEmpty()
                    ? " has no A record in the DNS of topology '" + topology.get().name() + "'"
                    : " resolves to no node of topology '" + topology.get().name() + "'")
                    + "; give a host name whose A record is a node's address, e.g. a node's hostname");
            return Optional.empty();
        }
        return name;
    }

    private void uniqueName(Text name) {
        SourceRef first = names.putIfAbsent(name.value(), name.at());
        if (first != null) {
            problems.add(name.at(), "duplicate message name " + name.quoted() + " (first at line " + first.line()
                    + ", column " + first.column() + ")");
        }
    }

    private Optional<String> sender(Text from) {
        if (from.value().isEmpty() || from.value().equals("<>")) {
            return Optional.of("");
        }
        return Formats.checkEmail(from, problems);
    }

    private void checkDefaultNode(Text fromText, String from) {
        Optional<Topology> topology = nodes.topology();
        if (topology.isEmpty()) {
            return;
        }
        if (from.isEmpty()) {
            problems.add(fromText.at(), "a message with a null sender needs 'at', the node that submits it");
            return;
        }
        String sender = from.toLowerCase(Locale.ROOT);
        boolean hasMailbox = topology.get().nodes().stream()
                .anyMatch(n -> n.mailboxes().stream().anyMatch(m -> m.answersTo(sender)));
        if (!hasMailbox) {
            problems.add(fromText.at(), "no node of topology '" + topology.get().name() + "' has a mailbox "
                    + fromText.quoted() + "; add 'at' to say which node submits the message");
        }
    }
}
