package org.mailflowsim.topology.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.SourceRef;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One node of a YAML file with typed accessors. A value of the wrong type adds a problem at the value
 * ("expected a list for 'ips', got a string '1.2.3.4'") and reads as empty, so reading goes on.
 *
 * @param role how messages name this value: {@code 'ips'}, {@code an item of 'ips'}, {@code the file}
 */
public record YamlValue(Path file, Node node, Problems problems, String role) {

    /** Where this value starts (1-based). */
    public SourceRef at() {
        return YamlFile.ref(file, node);
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** Any non-null scalar, verbatim (so {@code code: 550} reads as "550"). */
    public Optional<Text> asText() {
        if (node instanceof ScalarNode s && !isNull()) {
            return Optional.of(new Text(s.getValue(), at()));
        }
        return wrongType("a string");
    }

    public Optional<Boolean> asBoolean() {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(s.getValue()));
        }
        return wrongType("a boolean (true or false)");
    }

    public Optional<Integer> asInteger() {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(s.getValue()));
            } catch (NumberFormatException e) {
                problems.add(at(), "integer " + s.getValue() + " for " + role + " is out of range");
                return Optional.empty();
            }
        }
        return wrongType("an integer");
    }

    /** The items of a sequence, each named "an item of" this value. */
    public Optional<List<YamlValue>> asList() {
        if (node instanceof SequenceNode s) {
            String itemRole = "an item of " + role;
            return Optional.of(s.getValue().stream().map(n -> new YamlValue(file, n, problems, itemRole)).toList());
        }
        return wrongType("a list");
    }

    /** This value as a mapping of the given kind ("outbound connector") with the given valid keys. */
    public Optional<YamlMap> asMap(String kind, Set<String> validKeys) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(this, m, kind, validKeys));
        }
        return wrongType("a mapping (" + kind + ")");
    }

    private <T> Optional<T> wrongType(String expected) {
        problems.add(at(), "expected " + expected + " for " + role + ", got " + describe(node));
        return Optional.empty();
    }

    /** A short description of what a node is, for messages: {@code a string 'x'}, {@code a list}. */
    public static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        String value = s.getValue().length() > 40 ? s.getValue().substring(0, 37) + "..." : s.getValue();
        if (tag.equals(Tag.NULL)) {
            return "nothing";
        } else if (tag.equals(Tag.BOOL)) {
            return "a boolean " + value;
        } else if (tag.equals(Tag.INT)) {
            return "an integer " + value;
        } else if (tag.equals(Tag.FLOAT)) {
            return "a number " + value;
        }
        return "a string '" + value + "'";
    }
}
