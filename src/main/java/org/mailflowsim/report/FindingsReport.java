package org.mailflowsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import org.mailflowsim.check.CheckedTopology;
import org.mailflowsim.check.Finding;

/**
 * Renders {@code mailflow check} results. Text: per topology a header, each finding as
 * {@code file:line:column: rule: message} with an indented {@code fix:} line, a summary line per topology and one
 * for the run. JSON: {@code topologies[]} with {@code file}, {@code topology} and {@code findings[]} ({@code file},
 * {@code line}, {@code column}, {@code rule}, {@code message}, {@code fix}), then {@code summary}.
 */
public final class FindingsReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingsReport() {
    }

    public static String text(List<CheckedTopology> checked) {
        StringBuilder out = new StringBuilder();
        for (CheckedTopology t : checked) {
            out.append("== ").append(t.file()).append(" (").append(t.name()).append(")\n");
            t.findings().forEach(f -> out.append(f).append('\n'));   // Finding renders both of its lines
            out.append(summary(t)).append("\n\n");
        }
        long dirty = checked.stream().filter(t -> !t.findings().isEmpty()).count();
        int total = checked.stream().mapToInt(t -> t.findings().size()).sum();
        out.append(checked.size()).append(" topologies checked, ").append(dirty).append(" with findings, ")
                .append(total).append(" findings\n");
        return out.toString();
    }

    private static String summary(CheckedTopology t) {
        if (t.findings().isEmpty()) {
            return t.name() + ": no findings";
        }
        TreeSet<String> rules = new TreeSet<>();
        t.findings().forEach(f -> rules.add(f.rule()));
        return t.name() + ": " + t.findings().size() + " finding(s): " + String.join(", ", rules);
    }

    public static String json(List<CheckedTopology> checked) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode topologies = root.putArray("topologies");
        for (CheckedTopology t : checked) {
            ObjectNode node = topologies.addObject();
            node.put("file", t.file().toString());
            node.put("topology", t.name());
            ArrayNode findings = node.putArray("findings");
            for (Finding f : t.findings()) {
                findings.addObject().put("file", f.source().file().toString()).put("line", f.source().line())
                        .put("column", f.source().column()).put("rule", f.rule()).put("message", f.message())
                        .put("fix", f.fix());
            }
        }
        root.putObject("summary").put("topologies", checked.size())
                .put("findings", checked.stream().mapToInt(t -> t.findings().size()).sum());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain nodes always serialises
        }
    }
}
