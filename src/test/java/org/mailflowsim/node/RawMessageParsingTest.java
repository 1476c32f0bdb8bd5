package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawMessageParsingTest {
    private static final String MESSAGE = "Received: from a\r\n\tby b; Mon, 1 Jan 2024\r\n"
            + "received: from c by d\r\n"
            + "X-Mailflow-Trace:  m7 \r\n"
            + "Subject: hello\r\n  world\r\n"
            + "\r\n"
            + "Received: in the body does not count\r\n";

    @Test
    void countsFieldsCaseInsensitivelyInTheHeaderOnly() {
        RawMessage m = RawMessage.of(MESSAGE);
        assertEquals(2, m.count("Received"));
        assertEquals(1, m.count("SUBJECT"));
        assertEquals(0, m.count("From"));
    }

    @Test
    void findsTextInTheBodyOnly() {
        String gtube = org.mailflowsim.policy.SpamFilter.GTUBE;
        assertTrue(RawMessage.of("Subject: x\r\n\r\nsee " + gtube + " here\r\n").bodyContains(gtube));
        assertTrue(RawMessage.of("Subject: x\r\n\r\n" + gtube).bodyContains(gtube));
        assertFalse(RawMessage.of("Subject: " + gtube + "\r\n\r\nclean\r\n").bodyContains(gtube));
        assertFalse(RawMessage.of(MESSAGE).bodyContains(gtube));
        assertFalse(RawMessage.of("Subject: x\r\n\r\n" + gtube.substring(1)).bodyContains(gtube));
    }

    @Test
    void readsUnfoldedTrimmedValues() {
        RawMessage m = RawMessage.of(MESSAGE);
        assertEquals(Optional.of("m7"), m.header("x-mailflow-trace"));
        assertEquals(Optional.of("hello world"), m.header("Subject"));
        assertEquals(Optional.of("from a by b; Mon, 1 Jan 2024"), m.header("Received"));
        assertEquals(Optional.empty(), m.header("Received-SPF"));
    }

    @Test
    void replaceDropsEveryFieldOfThatNameWithItsContinuations() {
        RawMessage m = RawMessage.of(MESSAGE).replace("received", "Received: new");
        assertEquals("Received: new\r\nX-Mailflow-Trace:  m7 \r\nSubject: hello\r\n  world\r\n\r\n"
                + "Received: in the body does not count\r\n", new String(m.bytes(), StandardCharsets.ISO_8859_1));
    }

    /** The in-place reader answers exactly as the former decode-and-split implementation did, on random headers. */
    @Test
    void agreesWithSplittingTheHeaderText() {
        Random random = new Random(20240601L);
        String[] pieces = {"Received", "received", "RECEIVED", "Received-SPF", "X-Mailflow-Trace", "To", "x", ":", " ",
            "\t", "\r\n", "\r", "\n", "a", "é", "value", "\r\n\r\n", ": v", "Received:", "To:"};
        String[] names = {"Received", "X-Mailflow-Trace", "To", "x"};
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(20);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            RawMessage m = RawMessage.of(bytes);
            String header = referenceHeaderText(bytes);
            for (String name : names) {
                String why = "input " + text.toString().replace("\r", "\\r").replace("\n", "\\n") + ", name " + name;
                assertEquals(referenceCount(header, name), m.count(name), why);
                assertEquals(referenceHeader(header, name), m.header(name), why);
                assertEquals(referenceReplace(bytes, header, name, "New: 1"),
                        new String(m.replace(name, "New: 1").bytes(), StandardCharsets.ISO_8859_1), why);
            }
        }
    }

    private static String referenceHeaderText(byte[] b) {
        int end = b.length;
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                end = i + 2;
                break;
            }
        }
        return new String(b, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static int referenceCount(String header, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        int n = 0;
        for (String line : header.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    private static Optional<String> referenceHeader(String header, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        String[] lines = header.split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).startsWith(prefix)) {
                StringBuilder value = new StringBuilder(lines[i].substring(prefix.length()));
                while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                    value.append(' ').append(lines[++i].trim());
                }
                return Optional.of(value.toString().trim());
            }
        }
        return Optional.empty();
    }

    private static String referenceReplace(byte[] bytes, String header, String name, String field) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : header.split("\r\n")) {
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            skipping = continuation ? skipping : line.toLowerCase(Locale.ROOT).startsWith(prefix);
            if (!skipping && !line.isEmpty()) {
                kept.append(line).append("\r\n");
            }
        }
        int headerEnd = header.length();
        return field + "\r\n" + kept + new String(bytes, headerEnd, bytes.length - headerEnd, StandardCharsets.ISO_8859_1);
    }
}
