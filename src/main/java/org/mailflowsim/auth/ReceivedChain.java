package org.mailflowsim.auth;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The servers a message passed through, read from its {@code Received:} fields newest first: for each field the
 * client's HELO name, the name its receiver resolved and the client IP, as RFC 5321 §4.4 writes them
 * ({@code from HELO (NAME [IP]) by …}). A field in another shape is left out: Enhanced Filtering can only skip
 * to a sender whose address it can read.
 */
public final class ReceivedChain {
    private static final Pattern FROM_CLAUSE = Pattern.compile(
            "^from\\s+(\\S+)\\s+\\((?:(\\S+)\\s+)?\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]\\)");

    private ReceivedChain() {
    }

    /** One server in the chain: the address it connected from and the names it went by. */
    public record Relay(InetAddress ip, String helo, String name) {
    }

    /** The clients recorded by the given {@code Received:} values (newest first, as they stand in the header). */
    public static List<Relay> parse(List<String> receivedValues) {
        List<Relay> out = new ArrayList<>();
        for (String value : receivedValues) {
            relay(value).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Relay> relay(String receivedValue) {
        Matcher m = FROM_CLAUSE.matcher(receivedValue.strip());
        if (!m.find() || !InetAddresses.isInetAddress(m.group(3))) {
            return Optional.empty();
        }
        String name = m.group(2) == null ? m.group(1) : m.group(2);
        return Optional.of(new Relay(InetAddresses.forString(m.group(3)), m.group(1), name));
    }
}
