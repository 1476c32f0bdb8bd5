package org.mailflowsim.policy;

/**
 * The decisions one node makes, as pure functions of session facts, envelope and configuration (no sockets).
 * Call order per SMTP transaction: {@link #recipient} for each RCPT, {@link #endOfData} once; then
 * {@link #route} for each accepted recipient. Submitted and generated messages only go through {@code route}.
 */
public interface NodePolicy {

    /** RCPT TO: accept or refuse one recipient. */
    Verdict recipient(Provenance.Received session, String mailFrom, String recipient);

    /** End of DATA: refuse the whole message (a loop by hop count) or accept it. */
    Verdict endOfData(Provenance.Received session, int receivedHeaders);

    /** Where an accepted recipient goes next. */
    Route route(Provenance provenance, String mailFrom, String recipient);

    /**
     * Whether mail that arrived this way counts as Originating from on-premises (only Exchange Online says
     * yes, for mail through an OnPremises connector: CMTBLOG).
     */
    default boolean originatingFromOnPremises(Provenance provenance) {
        return provenance instanceof Provenance.Submitted s && s.originatingFromOnPremises();
    }
}
