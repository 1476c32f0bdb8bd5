package org.mailflowsim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JournalTest {
    private final Journal journal = new Journal();

    private static Hop hop(String from, String to, String... rcpts) {
        return new Hop(from, to, Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty(),
                "250 ok", List.of(rcpts));
    }

    @Test
    void reservedHopSlotsKeepCausalOrderWhateverOrderTheyAreFilledIn() {
        String id = journal.open("m", MessageKind.ORIGINAL, Optional.empty(), "a", "x@a.com", List.of("r@c.com"));
        int first = journal.reserveHop(id);
        journal.hop(id, hop("b", "c", "r@c.com"));
        journal.fillHop(id, first, hop("a", "b", "r@c.com"));
        journal.end(id, "r@c.com", EndState.delivered("c", "r@c.com"));
        MessageTrace t = journal.traces().get(0);
        assertEquals(List.of("a", "b", "c"), t.path());
        assertEquals("a", t.hops().get(0).from());
    }

    @Test
    void rewrittenAddressesStillCountForTheOriginalRecipient() {
        String id = journal.open("m", MessageKind.ORIGINAL, Optional.empty(), "onprem", "bob@contoso.com",
                List.of("ann@contoso.com"));
        journal.rewrite(id, "ann@contoso.com", "ann@contoso.mail.onmicrosoft.com");
        journal.hop(id, hop("onprem", "exo", "ann@contoso.mail.onmicrosoft.com"));
        journal.end(id, "ann@contoso.mail.onmicrosoft.com", EndState.delivered("exo", "ann@contoso.com"));
        RecipientOutcome o = journal.traces().get(0).recipients().get(0);
        assertEquals("ann@contoso.com", o.address());
        assertEquals(List.of("onprem", "exo"), o.path());
        assertEquals(EndStateKind.DELIVERED, o.state().kind());
    }

    @Test
    void splitRecipientsGiveOneDeterministicMergedPath() {
        String id = journal.open("m", MessageKind.ORIGINAL, Optional.empty(), "exo", "ann@contoso.com",
                List.of("bob@contoso.com", "sam@tailspintoys.com"));
        journal.hop(id, hop("exo", "tailspintoys", "sam@tailspintoys.com"));
        journal.hop(id, hop("exo", "onprem", "bob@contoso.com"));
        assertEquals(List.of("exo", "onprem", "tailspintoys"), journal.traces().get(0).path());
    }

    @Test
    void quiescenceNeedsEveryRecipientEndedAndNothingInFlight() {
        String id = journal.open("m", MessageKind.ORIGINAL, Optional.empty(), "a", "x@a.com", List.of("r@c.com"));
        journal.begin();
        assertFalse(journal.quiescent());
        journal.finish();
        assertFalse(journal.quiescent(), "a recipient without an end state keeps the run open");
        assertEquals(List.of("message 'm' recipient r@c.com has no end state"), journal.unaccounted());
        journal.end(id, "r@c.com", EndState.delivered("c", "r@c.com"));
        assertTrue(journal.quiescent());
        assertTrue(journal.unaccounted().isEmpty());
    }

    @Test
    void twoEndStatesForOneRecipientIsAConservationBreach() {
        String id = journal.open("m", MessageKind.ORIGINAL, Optional.empty(), "a", "x@a.com", List.of("r@c.com"));
        journal.end(id, "r@c.com", EndState.delivered("c", "r@c.com"));
        journal.end(id, "r@c.com", EndState.delivered("d", "r@c.com"));
        assertEquals(List.of("message 'm' recipient r@c.com has 2 end states"), journal.unaccounted());
    }

    @Test
    void aRecipientMergedIntoAnothersCopyEndsWithIt() {
        String id = journal.open("m", MessageKind.ORIGINAL, Optional.empty(), "a", "x@a.com",
                List.of("bob@c.com", "robert@c.com"));
        journal.merge(id, "robert@c.com", "bob@c.com");
        journal.end(id, "bob@c.com", EndState.delivered("c", "bob@c.com"));
        assertEquals(List.of(), journal.unaccounted());
        assertTrue(journal.quiescent());
    }

    @Test
    void twoCopiesUnderOneAddressEndOnceEach() {
        String id = journal.open("m", MessageKind.ORIGINAL, Optional.empty(), "a", "x@a.com",
                List.of("bob@c.com", "robert@c.com"));
        journal.rewrite(id, "robert@c.com", "bob@c.com");
        journal.end(id, "bob@c.com", EndState.delivered("c", "bob@c.com"));
        assertFalse(journal.quiescent(), "the second copy is still on its way");
        journal.end(id, "bob@c.com", EndState.delivered("c", "bob@c.com"));
        assertEquals(List.of(), journal.unaccounted());
        journal.end(id, "bob@c.com", EndState.delivered("c", "bob@c.com"));
        assertEquals(1, journal.unaccounted().size(), "a third end under that address is a breach");
    }

    @Test
    void anAddressMatchesWhateverItsCase() {
        // An NDR is addressed to the sender as written (an SRS address reads "+SRS="); nodes lower-case at RCPT.
        String id = journal.open("ndr", MessageKind.NDR, Optional.of("m1"), "exo", "",
                List.of("ann+SRS=44ldt=IX=fabrikam.com=bob@contoso.com"));
        journal.rewrite(id, "ann+srs=44ldt=ix=fabrikam.com=bob@contoso.com", "bob@fabrikam.com");
        journal.end(id, "bob@fabrikam.com", EndState.delivered("fabrikam", "bob@fabrikam.com"));
        assertEquals(List.of(), journal.unaccounted());
    }
}
