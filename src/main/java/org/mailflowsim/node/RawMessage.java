package org.mailflowsim.node;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A message as the bytes that travel over SMTP (CRLF line ends, dot-unstuffed). Nodes never parse the MIME
 * body: they read a few header fields and prepend their own, so per-hop cost stays small.
 */
public final class RawMessage {
    private final byte[] bytes;
    private final int headerEnd;

    private RawMessage(byte[] bytes) {
        this.bytes = bytes;
        this.headerEnd = findHeaderEnd(bytes);
    }

    public static RawMessage of(byte[] bytes) {
        return new RawMessage(bytes);
    }

    public static RawMessage of(String text) {
        return new RawMessage(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    /** The header section as text, unfolded lines kept as they are. */
    private String headerText() {
        return new String(bytes, 0, headerEnd, StandardCharsets.ISO_8859_1);
    }

    /** How many header fields have this name (case-insensitive), e.g. {@code Received} for hop counting. */
    public int count(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        int n = 0;
        for (String line : headerText().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    /** The first field of this name, unfolded and trimmed. */
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    /** Every field of this name in order, each unfolded and trimmed. */
    public List<String> headers(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        String[] lines = headerText().split("\r\n");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).startsWith(prefix)) {
                StringBuilder value = new StringBuilder(lines[i].substring(prefix.length()));
                while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                    value.append(' ').append(lines[++i].trim());
                }
                values.add(value.toString().trim());
            }
        }
        return values;
    }

    /** A copy with one header field (a full line without CRLF) put on top, as every hop adds its Received. */
    public RawMessage prepend(String field) {
        byte[] head = (field + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, out, head.length, bytes.length);
        return new RawMessage(out);
    }

    /** A copy without the fields of this name, with {@code field} on top instead. */
    public RawMessage replace(String name, String field) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : headerText().split("\r\n")) {
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            skipping = continuation ? skipping : line.toLowerCase(Locale.ROOT).startsWith(prefix);
            if (!skipping && !line.isEmpty()) {
                kept.append(line).append("\r\n");
            }
        }
        byte[] head = (field + "\r\n" + kept).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + bytes.length - headerEnd);
        System.arraycopy(bytes, headerEnd, out, head.length, bytes.length - headerEnd);
        return new RawMessage(out);
    }

    /** Index just past the header section's last CRLF (the blank line and body follow). */
    private static int findHeaderEnd(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i + 2;
            }
        }
        return b.length;
    }
}
