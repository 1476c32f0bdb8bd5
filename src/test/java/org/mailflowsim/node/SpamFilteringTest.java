package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailflowsim.policy.SpamFilter;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/**
 * GTUBE over real SMTP: EOP accepts and quarantines it (nothing reaches the mailbox, no NDR), a third-party filter
 * refuses it at end of DATA, and EOP leaves on-prem mail through the OnPremises connector alone (rule 8).
 */
class SpamFilteringTest {
    private static final String SPAM = "Buy now.\n" + SpamFilter.GTUBE + "\n";

    @Test
    void eopQuarantinesSpamFromTheInternetButDeliversOnPremMail() throws Exception {
        try (LabFixture f = new LabFixture(LabFixture.topology("scenario-1-mx-exo.yaml"))) {
            MessageTrace spam = f.send("spam", "fabrikam", "john@fabrikam.com", "ann@contoso.com", SPAM);
            RecipientOutcome ann = spam.recipients().get(0);
            assertEquals(EndStateKind.QUARANTINED, ann.state().kind(), ann.state().reason());
            assertEquals("exo", ann.state().node());
            assertEquals(List.of(), f.causedBy(spam), "a quarantined message gets no NDR");
            assertTrue(f.lab.node("exo").mailbox("ann@contoso.com").isEmpty(), "quarantine is not the mailbox");
            assertTrue(spam.hops().get(0).reply().startsWith("250 "), spam.hops().get(0).reply());

            MessageTrace internal = f.send("internal", "onprem", "bob@contoso.com", "ann@contoso.com", SPAM);
            assertEquals(EndStateKind.DELIVERED, internal.recipients().get(0).state().kind());
            assertEquals(1, f.lab.node("exo").mailbox("ann@contoso.com").size());
        }
    }

    @Test
    void theFilterRefusesSpamAndPassesCleanMail() throws Exception {
        try (LabFixture f = new LabFixture(LabFixture.topology("scenario-5-third-party-filter.yaml"))) {
            MessageTrace spam = f.send("spam", "fabrikam", "john@fabrikam.com", "ann@contoso.com", SPAM);
            assertEquals(EndStateKind.REJECTED, spam.recipients().get(0).state().kind());
            assertEquals("550 5.7.1 Message rejected as spam", spam.hops().get(0).reply());
            assertEquals(List.of("fabrikam", "filter"), spam.path());

            MessageTrace clean = f.send("clean", "fabrikam", "john@fabrikam.com", "ann@contoso.com", "Hello.");
            assertEquals(EndStateKind.DELIVERED, clean.recipients().get(0).state().kind());
            assertEquals(List.of("fabrikam", "filter", "exo"), clean.path());
        }
    }
}
