package org.mailflowsim.policy;

import java.util.Optional;
import org.mailflowsim.topology.SpamFilterMode;

/**
 * The end-of-DATA spam test. The simulator's only spam signal is GTUBE, the Generic Test for Unsolicited Bulk
 * Email: every filter that honours it (SpamAssassin, EOP) treats a body carrying the string as certain spam.
 * EOP gives it SCL 9 (high-confidence spam), whose action in the Standard and Strict preset policies is
 * quarantine: the message is accepted, then held in quarantine, not delivered and no NDR sent.
 */
public final class SpamFilter {
    /** The GTUBE test string (SpamAssassin's definition). */
    public static final String GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";
    /** UNCONFIRMED: third-party filters word their spam refusal differently; this is a common generic form. */
    static final String REJECTED_AS_SPAM = "5.7.1 Message rejected as spam";

    private SpamFilter() {
    }

    /**
     * The spam filter's verdict on a message, or empty when it has nothing to say (filter off, clean message).
     * {@code exemption} says why this message is not filtered at all (EOP: internal mail, SCL −1).
     */
    static Optional<Verdict> judge(SpamFilterMode mode, MessageFacts message, Optional<String> exemption) {
        if (mode == SpamFilterMode.OFF || !message.gtube()) {
            return Optional.empty();
        }
        if (exemption.isPresent()) {
            return Optional.of(Verdict.accept("the body carries the GTUBE test string, but " + exemption.get()));
        }
        String why = "the body carries the GTUBE test string, certain spam";
        if (mode == SpamFilterMode.REJECT) {
            return Optional.of(Verdict.reject(550, REJECTED_AS_SPAM, why + "; this node's spam filter refuses "
                    + "spam at end of DATA (spamFilter: reject; the reply text is UNCONFIRMED)"));
        }
        return Optional.of(Verdict.quarantine(why + " (SCL 9, high-confidence spam); accepted and held in "
                + "quarantine, not delivered and no NDR (spamFilter: quarantine, the action of EOP's Standard and "
                + "Strict preset policies for high-confidence spam)"));
    }
}
