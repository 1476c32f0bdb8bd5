package org.mailflowsim.node;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
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

    /** How many header fields have this name (case-insensitive), e.g. {@code Received} for hop counting. */
    public int count(String name) {
        int n = 0;
        for (int line = 0, end; line < headerEnd; line = after(end)) {
            end = lineEnd(line);
            if (startsWithField(line, end, name)) {
                n++;
            }
        }
        return n;
    }

    /** The first field of this name, unfolded and trimmed. */
    public Optional<String> header(String name) {
        List<String> values = new ArrayList<>(1);
        collect(name, values, 1);
        return values.stream().findFirst();
    }

    /** Every field of this name in order, each unfolded and trimmed. */
    public List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        collect(name, values, Integer.MAX_VALUE);
        return values;
    }

    private void collect(String name, List<String> values, int most) {
        for (int line = 0, end; line < headerEnd && values.size() < most; line = after(end)) {
            end = lineEnd(line);
            if (startsWithField(line, end, name)) {
                StringBuilder value = new StringBuilder(text(line + name.length() + 1, end));
                for (int next = after(end); next < headerEnd && isContinuation(next); next = after(end)) {
                    end = lineEnd(next);
                    value.append(' ').append(text(next, end).trim());
                }
                values.add(value.toString().trim());
            }
        }
    }

    /**
     * Whether the body (after the header section) contains this ASCII text as it travels, e.g. the GTUBE string.
     * The body is scanned as raw bytes, not MIME-decoded: a base64-encoded string is not seen.
     */
    public boolean bodyContains(String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int last = bytes.length - needle.length;
        for (int i = headerEnd; i <= last; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
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
        StringBuilder kept = new StringBuilder(headerEnd);
        boolean skipping = false;
        for (int line = 0, end; line < headerEnd; line = after(end)) {
            end = lineEnd(line);
            skipping = isContinuation(line) ? skipping : startsWithField(line, end, name);
            if (!skipping && end > line) {
                kept.append(text(line, end)).append("\r\n");
            }
        }
        byte[] head = (field + "\r\n" + kept).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + bytes.length - headerEnd);
        System.arraycopy(bytes, headerEnd, out, head.length, bytes.length - headerEnd);
        return new RawMessage(out);
    }

    // The header section is read in place, line by line (lines end in CRLF, as SMTP carries them), without
    // decoding it to one String and splitting it with a regular expression: count and header run on every hop.

    /** Where the line starting at {@code start} ends: its CRLF, or the end of the header section. */
    private int lineEnd(int start) {
        for (int i = start; i + 1 < headerEnd; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return headerEnd;
    }

    /** The start of the line after the one that ends at {@code end} ({@code headerEnd} when none is left). */
    private int after(int end) {
        return end >= headerEnd ? headerEnd : end + 2;
    }

    private boolean isContinuation(int line) {
        return line < headerEnd && (bytes[line] == ' ' || bytes[line] == '\t');
    }

    /** Whether the line [line, end) starts with {@code name:}, the name compared without regard to ASCII case. */
    private boolean startsWithField(int line, int end, String name) {
        int n = name.length();
        if (line + n >= end || bytes[line + n] != ':') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int a = bytes[line + i] & 0xff;
            int b = name.charAt(i);
            if (a != b && toLowerAscii(a) != toLowerAscii(b)) {
                return false;
            }
        }
        return true;
    }

    private static int toLowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private String text(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
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
