package org.mailflowsim.node;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.dsn.DsnBuilder;
import org.mailflowsim.dsn.FailedRecipient;
import org.mailflowsim.dsn.FailureReport;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.topology.Role;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Journal;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.SmtpReplies;

/**
 * What a node does with recipients it accepted and cannot deliver: one RFC 3464 DSN for them, sent from the
 * null reverse-path to the original envelope sender and routed like any message (domain.md §8, rule 33) — or,
 * when the failed message itself has a null reverse-path, no DSN at all: those recipients end dropped, with the
 * reason (RFC 5321 §6.1 and §4.5.5, rule 34).
 */
final class Bouncer {
    private final Node node;
    private final Journal journal;

    Bouncer(Node node, Journal journal) {
        this.node = node;
        this.journal = journal;
    }

    void fail(QueuedMessage m, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        if (m.mailFrom().isEmpty()) {
            failures.forEach(f -> journal.end(m.traceId(), f.recipient(), dropped(f)));
            return;
        }
        String name = journal.nameOf(m.traceId()).orElse(m.traceId()) + " / NDR to " + m.mailFrom();
        String ndrId = journal.open(name, MessageKind.NDR, Optional.of(m.traceId()), node.name(), "",
                List.of(m.mailFrom()));
        for (Failure f : failures) {
            journal.end(m.traceId(), f.recipient(), EndState.withCode(f.kind(), f.atNode(), f.reply(),
                    f.reason() + "; " + node.name() + " sent an NDR to " + m.mailFrom()));
        }
        byte[] dsn = DsnBuilder.build(report(m, failures, ndrId), m.content().bytes());
        boolean onPrem = node.policy().originatingFromOnPremises(m.provenance());
        node.submit(ndrId, "", List.of(m.mailFrom()), RawMessage.of(dsn), new Provenance.Submitted(onPrem));
    }

    private static EndState dropped(Failure f) {
        String why = f.reason() + "; no NDR: the message has a null reverse-path, and a DSN is never sent for one"
                + " [RFC 5321 §6.1, rule 34]";
        // A loop stays a loop: that is the more telling end; every other failure of a null-sender message is a loss.
        EndStateKind kind = f.kind() == EndStateKind.LOOPED ? EndStateKind.LOOPED : EndStateKind.DROPPED;
        return EndState.withCode(kind, f.atNode(), f.reply(), why);
    }

    private FailureReport report(QueuedMessage m, List<Failure> failures, String ndrId) {
        String host = node.spec().hostname();
        boolean exchange = node.spec().role() == Role.EXCHANGE_ONLINE || node.spec().role() == Role.EXCHANGE_SERVER;
        ZonedDateTime now = ZonedDateTime.now(node.clock());
        List<FailedRecipient> recipients = failures.stream().map(f -> new FailedRecipient(f.recipient(), "failed",
                status(f), f.remoteMta(), Optional.of(f.reply()))).toList();
        return new FailureReport(exchange ? FailureReport.outlookPostmaster(host) : FailureReport.mailerDaemon(host),
                host, m.mailFrom(), DateTimeFormatter.RFC_1123_DATE_TIME.format(now), recipients,
                "<" + ndrId + "." + node.nextQueueId() + "@" + host + ">", Node.TRACE_HEADER, ndrId, now);
    }

    /** The RFC 3463 status: the reply's enhanced code, else its class (an expiry reports X.4.7). */
    private static String status(Failure f) {
        return SmtpReplies.enhancedCode(f.reply()).filter(c -> c.startsWith("4") || c.startsWith("5"))
                .orElse(f.reply().startsWith("4") ? "4.0.0" : "5.0.0");
    }
}
