package org.mailflowsim.topology.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.SourceRef;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one YAML file into snakeyaml-engine's node tree (the compose API), whose nodes carry start marks.
 * Syntax errors become problems at the parser's problem mark; an empty file reads as an empty mapping.
 */
public final class YamlFile {
    private YamlFile() {
    }

    /** The document's root node, or empty (with a problem added) when the file cannot be read or parsed. */
    public static Optional<Node> read(Path file, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(new SourceRef(file, 1, 1), "file not found");
            return Optional.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new SourceRef(file, 1, 1), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            return Optional.of(root.orElseGet(() -> emptyMapping(file)));
        } catch (MarkedYamlEngineException e) {
            SourceRef at = e.getProblemMark().map(m -> ref(file, m)).orElse(new SourceRef(file, 1, 1));
            problems.add(at, "YAML syntax error: " + describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new SourceRef(file, 1, 1), "YAML syntax error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Where a node starts, 1-based. */
    public static SourceRef ref(Path file, Node node) {
        return node.getStartMark().map(m -> ref(file, m)).orElse(new SourceRef(file, 1, 1));
    }

    static SourceRef ref(Path file, Mark mark) {
        return new SourceRef(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describe(MarkedYamlEngineException e) {
        String context = e.getContext();
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem().trim();
        return context == null || context.isBlank() ? problem : problem + " (" + context.trim() + ")";
    }

    private static Node emptyMapping(Path file) {
        Mark start = new Mark(file.toString(), 0, 0, 0, new int[0], 0);
        return new MappingNode(Tag.MAP, true, List.of(), FlowStyle.BLOCK, Optional.of(start), Optional.of(start));
    }
}
