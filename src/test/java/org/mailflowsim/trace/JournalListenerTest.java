package org.mailflowsim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JournalListenerTest {
    private static Hop hop(String from, String to) {
        return new Hop(from, to, Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty(),
                "250 ok", List.of("ann@contoso.com"));
    }

    @Test
    void listenerHearsEveryEndWithNameAndHops() {
        List<String> heard = new ArrayList<>();
        Journal j = new Journal((id, name, address, state, hops) ->
                heard.add(id + " " + name + " " + address + " " + state.kind() + " " + hops), true);
        String id = j.open("first", MessageKind.ORIGINAL, Optional.empty(), "fabrikam", "john@fabrikam.com",
                List.of("ann@contoso.com"));
        j.fillHop(id, j.reserveHop(id), hop("fabrikam", "exo"));
        j.rewrite(id, "ann@contoso.com", "ann@contoso.mail.onmicrosoft.com");
        j.end(id, "ann@contoso.mail.onmicrosoft.com", EndState.delivered("exo", "ann@contoso.com"));
        assertEquals(List.of(id + " first ann@contoso.mail.onmicrosoft.com DELIVERED 1"), heard);
        assertEquals(1, j.traces().size());
        assertTrue(j.quiescent());
    }

    @Test
    void forgettingJournalDropsFinishedMessagesAndIgnoresTheirLateHops() throws InterruptedException {
        Journal j = new Journal(null, false);
        String a = j.open("a", MessageKind.ORIGINAL, Optional.empty(), "fabrikam", "john@fabrikam.com",
                List.of("ann@contoso.com"));
        String b = j.open("b", MessageKind.ORIGINAL, Optional.empty(), "fabrikam", "john@fabrikam.com",
                List.of("ann@contoso.com"));
        int slot = j.reserveHop(a);
        j.end(a, "ann@contoso.com", EndState.delivered("exo", "ann@contoso.com"));
        j.fillHop(a, slot, hop("fabrikam", "exo"));   // the sender reads the reply after the receiver delivered
        assertEquals(-1, j.reserveHop(a));
        assertEquals(List.of("b"), j.traces().stream().map(MessageTrace::name).toList());
        assertEquals(false, j.quiescent());
        j.end(b, "ann@contoso.com", EndState.delivered("exo", "ann@contoso.com"));
        assertTrue(j.awaitQuiescence(Duration.ofSeconds(1)));
        assertEquals(List.of(), j.traces());
        assertThrows(IllegalArgumentException.class, () -> j.hop("m99", hop("x", "y")));
    }

    @Test
    void keepingJournalStillRejectsUnknownIds() {
        Journal j = new Journal();
        assertThrows(IllegalArgumentException.class, () -> j.reserveHop("m1"));
    }
}
