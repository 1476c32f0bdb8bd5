package org.mailflowsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;

/**
 * The machine-readable report: one pretty-printed JSON document. Field names are a public contract that
 * scripts depend on: {@code simulations[]} with {@code file}, {@code topology}, {@code topologyFile} and
 * {@code messages[]}; each message with {@code name}, {@code kind} ({@code original|forward|ndr}), {@code cause}
 * (derived only: the {@code name} of the causing message), {@code path}, {@code hops[]}, {@code recipients[]}
 * ({@code address}, {@code state}, {@code node}, {@code code} when present, {@code mailbox} when present,
 * {@code envelopeFrom} when present, {@code reason}, {@code path}), {@code checked} (whether an expectation
 * applied), {@code met} and {@code mismatches}; then {@code summary} with {@code messages}, {@code met}, {@code notMet}, {@code passed},
 * {@code failed} (see {@link ReportSummary}). Rename nothing; add fields only.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    /** Files shown relative to the current directory. */
    public static String render(List<SimulationResult> results) {
        return render(results, Path.of(""));
    }

    public static String render(List<SimulationResult> results, Path baseDir) {
        // "\n" everywhere, whatever the platform: the output is compared and diffed.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(toTree(results, baseDir)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain nodes always serialises
        }
    }

    public static ObjectNode toTree(List<SimulationResult> results, Path baseDir) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode sims = root.putArray("simulations");
        for (SimulationResult sim : results) {
            ObjectNode s = sims.addObject();
            s.put("file", ReportText.display(sim.file(), baseDir));
            s.put("topology", sim.topology());
            s.put("topologyFile", ReportText.display(sim.topologyFile(), baseDir));
            ArrayNode messages = s.putArray("messages");
            Lineage lineage = new Lineage(sim);
            for (MessageResult m : sim.messages()) {
                messages.add(JsonMessage.of(MAPPER, m, lineage));
            }
        }
        ReportSummary total = ReportSummary.of(results);
        ObjectNode summary = root.putObject("summary");
        summary.put("messages", total.messages());
        summary.put("met", total.met());
        summary.put("notMet", total.notMet());
        summary.put("passed", total.passed());
        summary.put("failed", total.failed());
        return root;
    }
}
