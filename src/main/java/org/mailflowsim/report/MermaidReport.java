package org.mailflowsim.report;

import java.util.List;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/**
 * Mermaid sequence diagrams for trainers: one diagram per message, a participant per node, an arrow per SMTP
 * hop labelled with the connector and reply, a note with each recipient's end state. Paste into any Markdown
 * viewer that renders Mermaid. Deterministic, like the text report.
 */
public final class MermaidReport {
    private MermaidReport() {
    }

    public static String render(List<SimulationResult> results) {
        StringBuilder out = new StringBuilder();
        for (SimulationResult sim : results) {
            Lineage lineage = new Lineage(sim);
            out.append("## ").append(sim.topology()).append("\n\n");
            for (MessageResult m : sim.messages()) {
                out.append("### ").append(escape(lineage.label(m.trace()))).append(m.met() ? "" : " (NOT MET)")
                        .append("\n\n```mermaid\n");
                diagram(out, m.trace());
                out.append("```\n\n");
            }
        }
        return out.toString();
    }

    private static void diagram(StringBuilder out, MessageTrace t) {
        out.append("sequenceDiagram\n");
        for (String node : t.path().stream().distinct().toList()) {
            out.append("    participant ").append(node).append('\n');
        }
        for (Hop h : t.hops()) {
            boolean ok = h.reply().startsWith("2");
            out.append("    ").append(h.from()).append(ok ? "->>" : "-x").append(h.to()).append(": ")
                    .append(escape(h.route() + (h.tls() ? " (TLS)" : " (no TLS)")
                            + " " + shortReply(h.reply()))).append('\n');
            h.spf().ifPresent(spf -> out.append("    Note right of ").append(h.to()).append(": ")
                    .append(escape(spf.summary())).append('\n'));
        }
        for (RecipientOutcome r : t.recipients()) {
            out.append("    Note over ").append(r.state().node()).append(": ")
                    .append(escape(r.address() + " " + r.state().kind().jsonName()
                            + r.state().code().map(c -> " " + shortReply(c)).orElse(""))).append('\n');
        }
    }

    /** The reply code and enhanced status only: diagrams stay narrow. */
    private static String shortReply(String reply) {
        String[] words = reply.split(" ");
        return words.length > 1 && words[1].matches("[245]\\.\\d+\\.\\d+") ? words[0] + " " + words[1] : words[0];
    }

    /** Mermaid reads ';' and '#' specially in messages. */
    private static String escape(String s) {
        return s.replace(";", ",").replace("#", "");
    }
}
