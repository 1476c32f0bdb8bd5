package org.mailflowsim.policy;

import org.mailflowsim.trace.EndStateKind;

/**
 * A node's answer to one SMTP step (RCPT or end of DATA): accept, refuse with an exact SMTP reply, or (end of
 * DATA only) accept and quarantine. Either way {@code reason} says in words which rule decided, with its domain.md
 * source tag, so a trace can explain it. A refusal names the end state it gives the recipient (REJECTED, or LOOPED
 * for a hop-count refusal).
 */
public sealed interface Verdict {
    String reason();

    record Accept(String reason) implements Verdict {
    }

    /** Accepted with 250, then held in quarantine: every recipient ends QUARANTINED at this node. */
    record Quarantine(String reason) implements Verdict {
    }

    record Refuse(int code, String text, EndStateKind outcome, String reason) implements Verdict {
        public String reply() {
            return code + " " + text;
        }
    }

    static Accept accept(String reason) {
        return new Accept(reason);
    }

    static Quarantine quarantine(String reason) {
        return new Quarantine(reason);
    }

    static Refuse reject(int code, String text, String reason) {
        return new Refuse(code, text, EndStateKind.REJECTED, reason);
    }
}
