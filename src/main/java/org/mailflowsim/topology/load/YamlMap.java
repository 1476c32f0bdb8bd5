package org.mailflowsim.topology.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailflowsim.topology.SourceRef;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping of a known kind ("node", "outbound connector") with a fixed set of valid keys. Creating
 * one reports duplicate keys and unknown keys (suggesting the nearest valid one); the accessors report
 * missing required keys and wrong types. Nothing throws: every problem goes to the shared {@link Problems}.
 */
public final class YamlMap {
    private final YamlValue self;
    private final String kind;
    private final String label;
    private final Map<String, NodeTuple> entries;

    YamlMap(YamlValue self, MappingNode node, String kind, Set<String> validKeys) {
        this.self = self;
        this.kind = kind;
        this.label = kind;
        this.entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            addEntry(tuple, validKeys);
        }
    }

    private YamlMap(YamlMap other, String label) {
        this.self = other.self;
        this.kind = other.kind;
        this.label = label;
        this.entries = other.entries;
    }

    /** The same mapping, named in later messages as e.g. {@code node 'onprem'}. */
    public YamlMap named(String name) {
        return new YamlMap(this, kind + " '" + name + "'");
    }

    /** Where the mapping starts: the position of its first key. */
    public SourceRef at() {
        return self.at();
    }

    public String label() {
        return label;
    }

    public Problems problems() {
        return self.problems();
    }

    /** The value of a key; a key written without a value (null) reads as absent. */
    public Optional<YamlValue> get(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        YamlValue value = new YamlValue(self.file(), tuple.getValueNode(), self.problems(), "'" + key + "'");
        return value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** Where a key was written. */
    public Optional<SourceRef> keyAt(String key) {
        return Optional.ofNullable(entries.get(key)).map(t -> YamlFile.ref(self.file(), t.getKeyNode()));
    }

    public Optional<Text> text(String key) {
        return get(key).flatMap(YamlValue::asText);
    }

    public Optional<Text> requiredText(String key) {
        return required(key).flatMap(YamlValue::asText);
    }

    public boolean bool(String key, boolean fallback) {
        return get(key).flatMap(YamlValue::asBoolean).orElse(fallback);
    }

    public Optional<Integer> integer(String key) {
        return get(key).flatMap(YamlValue::asInteger);
    }

    public List<YamlValue> list(String key) {
        return get(key).flatMap(YamlValue::asList).orElse(List.of());
    }

    /** A required list that must have at least one item. */
    public List<YamlValue> requiredList(String key) {
        Optional<YamlValue> value = required(key);
        Optional<List<YamlValue>> items = value.flatMap(YamlValue::asList);
        if (items.isPresent() && items.get().isEmpty()) {
            problems().add(value.get().at(), "'" + key + "' of " + label + " needs at least one item");
        }
        return items.orElse(List.of());
    }

    /** A list of strings; items of another type are reported and skipped. */
    public List<Text> texts(String key) {
        return textsOf(list(key));
    }

    /** One string or a list of strings (e.g. a message's {@code to}). */
    public List<Text> textOrTexts(String key, boolean required) {
        Optional<YamlValue> value = required ? required(key) : get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get().node() instanceof ScalarNode) {
            return value.get().asText().map(List::of).orElse(List.of());
        }
        Optional<List<YamlValue>> items = value.get().asList();
        if (required && items.isPresent() && items.get().isEmpty()) {
            problems().add(value.get().at(), "'" + key + "' of " + label + " needs at least one item");
        }
        return textsOf(items.orElse(List.of()));
    }

    public Optional<YamlMap> map(String key, String childKind, Set<String> validKeys) {
        return get(key).flatMap(v -> v.asMap(childKind, validKeys));
    }

    /** The value of a key that must be present; reports it missing otherwise. */
    public Optional<YamlValue> required(String key) {
        if (!entries.containsKey(key)) {
            problems().add(at(), "missing required key '" + key + "' in " + label);
            return Optional.empty();
        }
        YamlValue value = new YamlValue(self.file(), entries.get(key).getValueNode(), problems(), "'" + key + "'");
        if (value.isNull()) {
            problems().add(value.at(), "'" + key + "' of " + label + " needs a value");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static List<Text> textsOf(List<YamlValue> items) {
        return items.stream().map(YamlValue::asText).flatMap(Optional::stream).toList();
    }

    private void addEntry(NodeTuple tuple, Set<String> validKeys) {
        YamlValue key = new YamlValue(self.file(), tuple.getKeyNode(), self.problems(), "a key of " + kind);
        Optional<Text> name = key.asText();
        if (name.isEmpty()) {
            return;
        }
        String k = name.get().value();
        NodeTuple first = entries.get(k);
        if (first != null) {
            SourceRef firstAt = YamlFile.ref(self.file(), first.getKeyNode());
            problems().add(key.at(), "duplicate key '" + k + "' in " + kind + " (first at line "
                    + firstAt.line() + ", column " + firstAt.column() + ")");
            return;
        }
        if (!validKeys.contains(k)) {
            problems().add(key.at(), unknownKey(k, validKeys));
            return;
        }
        entries.put(k, tuple);
    }

    private String unknownKey(String key, Set<String> validKeys) {
        String message = "unknown key '" + key + "' in " + kind;
        Optional<String> suggestion = Suggestions.nearest(key, validKeys);
        if (suggestion.isPresent()) {
            return message + "; did you mean '" + suggestion.get() + "'?";
        }
        return message + "; valid keys: " + validKeys.stream().sorted().collect(Collectors.joining(", "));
    }
}
