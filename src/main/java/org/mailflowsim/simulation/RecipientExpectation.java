package org.mailflowsim.simulation;

import java.util.Optional;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.trace.EndStateKind;

/**
 * The expected end of one recipient: its state, at which node, with which code (a reply prefix such as
 * {@code 550 5.7.64} or an enhanced code such as {@code 5.7.64}), optionally which mailbox and the envelope
 * sender the copy arrived with ({@code envelopeFrom}: {@code ""} for the null reverse-path; a {@code *} matches
 * any run of characters, e.g. {@code bounces+SRS=*@contoso.com}).
 */
public record RecipientExpectation(String address, EndStateKind state, Optional<String> node,
                                   Optional<String> code, Optional<String> mailbox, Optional<String> envelopeFrom,
                                   SourceRef source) {
    public RecipientExpectation {
        address = address.toLowerCase(java.util.Locale.ROOT);
        mailbox = mailbox.map(m -> m.toLowerCase(java.util.Locale.ROOT));
        envelopeFrom = envelopeFrom.map(e -> e.equals("<>") ? "" : e);
    }
}
