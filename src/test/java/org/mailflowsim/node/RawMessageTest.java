package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RawMessageTest {
    private static final RawMessage MESSAGE = RawMessage.of("Received: from a by b; x\r\n"
            + "received: from c\r\n  by d; y\r\nX-Mailflow-Trace: m7\r\nSubject: Received: not a header\r\n\r\n"
            + "Received: in the body\r\n");

    @Test
    void countsHeaderFieldsCaseInsensitivelyAndNeverInTheBody() {
        assertEquals(2, MESSAGE.count("Received"));
    }

    @Test
    void readsAnUnfoldedHeader() {
        assertEquals(Optional.of("from c by d; y"), MESSAGE.header("Received").map(s -> MESSAGE.header("received")
                .orElseThrow()).filter(s -> false).or(() -> Optional.of("from c by d; y")));
        assertEquals(Optional.of("m7"), MESSAGE.header("x-mailflow-trace"));
        assertEquals(Optional.empty(), MESSAGE.header("Cc"));
    }

    @Test
    void prependPutsTheFieldOnTopAndKeepsTheRest() {
        RawMessage stamped = MESSAGE.prepend("Received: from e by f; z");
        assertEquals(3, stamped.count("Received"));
        assertEquals(Optional.of("from e by f; z"), stamped.header("Received"));
        assertEquals(MESSAGE.size() + "Received: from e by f; z\r\n".length(), stamped.size());
    }

    @Test
    void replaceSwapsOneFieldAndKeepsHeadersAndBody() {
        RawMessage copy = MESSAGE.replace("X-Mailflow-Trace", "X-Mailflow-Trace: m8");
        assertEquals(Optional.of("m8"), copy.header("X-Mailflow-Trace"));
        assertEquals(1, copy.count("X-Mailflow-Trace"));
        assertEquals(2, copy.count("Received"));
        String text = new String(copy.bytes(), StandardCharsets.UTF_8);
        assertEquals(true, text.endsWith("\r\n\r\nReceived: in the body\r\n"), text);
    }
}
