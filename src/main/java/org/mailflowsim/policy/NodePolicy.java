package org.mailflowsim.policy;

/**
 * The decisions one node makes, as pure functions of session facts, envelope and configuration (no sockets).
 * Call order per SMTP transaction: {@link #mailFrom}, {@link #recipient} for each RCPT, {@link #endOfData} once; then
 * {@link #route} for each accepted recipient. Submitted and generated messages only go through {@code route}.
 */
public interface NodePolicy {

    /**
     * MAIL FROM: a connector that requires TLS refuses a session that did not negotiate it, with a transient
     * reply so the sender defers rather than sends in clear (PS-IN RequireTls; the reply text is Exchange's
     * generic one, domain.md §4 — Exchange Online's exact text is UNCONFIRMED).
     */
    default Verdict mailFrom(Provenance.Received session, String mailFrom) {
        return session.connector().filter(m -> m.connector().requireTls() && !session.session().tls())
                .<Verdict>map(m -> Verdict.reject(451, "5.7.3 STARTTLS is required to send mail",
                        "connector " + m.describe() + " requires TLS and the session did not use it [PS-IN]"))
                .orElse(Verdict.accept("no TLS requirement applies"));
    }

    /** RCPT TO: accept or refuse one recipient. */
    Verdict recipient(Provenance.Received session, String mailFrom, String recipient);

    /** End of DATA: refuse the whole message (a loop by hop count, spam), quarantine it, or accept it. */
    Verdict endOfData(Provenance.Received session, MessageFacts message);

    /** Where an accepted recipient goes next. */
    Route route(Provenance provenance, String mailFrom, String recipient);

    /**
     * A mailbox's forwarding rule is about to send a copy to {@code target}: refuse it (an NDR to the sender), or
     * empty to let it go. Only Exchange Online restricts this (the outbound spam policy, FWD).
     */
    default java.util.Optional<Verdict.Refuse> refuseForward(org.mailflowsim.topology.Mailbox mailbox, String target) {
        return java.util.Optional.empty();
    }

    /**
     * The envelope sender of a forwarded copy. Exchange Server keeps the original (no SRS on-prem: domain.md §15,
     * assumed); Exchange Online rewrites it with SRS.
     */
    default String forwardSender(org.mailflowsim.topology.Mailbox mailbox, String originalSender, String target) {
        return originalSender;
    }

    /**
     * Whether mail that arrived this way counts as Originating from on-premises (only Exchange Online says
     * yes, for mail through an OnPremises connector: CMTBLOG).
     */
    default boolean originatingFromOnPremises(Provenance provenance) {
        return provenance instanceof Provenance.Submitted s && s.originatingFromOnPremises();
    }
}
