package org.mailflowsim.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/** One message block of the {@link TextReport}. */
final class MessageText {
    private static final String STEP = "  ";

    private MessageText() {
    }

    static void append(StringBuilder out, MessageResult m, Lineage lineage) {
        MessageTrace t = m.trace();
        String head = STEP + STEP.repeat(lineage.depth(t));
        String body = head + STEP;
        out.append(head).append(lineage.label(t)).append('\n');
        out.append(body).append("path: ").append(ReportText.path(t.path())).append('\n');
        if (t.hops().isEmpty()) {
            out.append(body).append("no hops\n");
        }
        Set<String> all = addresses(t.recipients().stream().map(RecipientOutcome::address).toList());
        for (int i = 0; i < t.hops().size(); i++) {
            out.append(body).append(i + 1).append(". ").append(hop(t.hops().get(i), all)).append('\n');
        }
        for (RecipientOutcome r : t.recipients()) {
            out.append(body).append(recipient(r)).append('\n');
        }
        if (!m.met()) {
            out.append(body).append("NOT MET\n");
            m.mismatches().forEach(x -> out.append(body).append(STEP).append("- ").append(x).append('\n'));
        } else {
            out.append(body).append(m.expected().isPresent() ? "MET" : "MET (no expectation stated)").append('\n');
        }
    }

    static String hop(Hop h, Set<String> messageRecipients) {
        StringBuilder b = new StringBuilder();
        b.append(h.from()).append(ReportText.ARROW).append(h.to()).append("  ");
        b.append("[out: ").append(h.route()).append("] ");
        b.append("[in: ").append(h.inboundConnector().orElse("-")).append("] ");
        // Only worth showing when the hop carried part of the message (a split by connector or node).
        if (!h.recipients().isEmpty() && !addresses(h.recipients()).equals(messageRecipients)) {
            b.append("[for: ").append(String.join(", ", h.recipients())).append("] ");
        }
        if (h.tls()) {
            b.append("TLS (receiver cert: ").append(h.receiverCertificate().orElse("-"))
                    .append(", sender cert: ").append(h.senderCertificate().orElse("-")).append(')');
        } else {
            b.append("no TLS");
        }
        h.spf().ifPresent(spf -> b.append(" [").append(spf.summary()).append(']'));
        String reply = ReportText.oneLine(h.reply());
        return b.append(" — ").append(reply.isEmpty() ? "(no reply)" : reply).toString();
    }

    static String recipient(RecipientOutcome r) {
        EndState s = r.state();
        boolean delivered = s.kind() == EndStateKind.DELIVERED;
        StringBuilder b = new StringBuilder(delivered ? "✓ " : "✗ ");
        b.append(s.kind().jsonName()).append(' ').append(r.address());
        if (ReportText.hasText(s.node())) {
            b.append(" at ").append(s.node());
        }
        if (delivered) {
            s.mailbox().ifPresent(mb -> b.append(" (mailbox ").append(mb).append(')'));
        }
        s.envelopeFrom().ifPresent(f -> b.append(" (envelope from ").append(f.isEmpty() ? "<>" : f).append(')'));
        if (delivered) {
            return b.toString();
        }
        String code = s.code().map(ReportText::oneLine).orElse("");
        String reason = ReportText.oneLine(s.reason());
        // The reason often repeats the reply text; show it only when it adds something.
        String detail = code.isEmpty() ? reason
                : reason.isEmpty() || code.contains(reason) ? code : code + " — " + reason;
        return detail.isEmpty() ? b.toString() : b.append(": ").append(detail).toString();
    }

    private static Set<String> addresses(List<String> list) {
        return list.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
    }
}
