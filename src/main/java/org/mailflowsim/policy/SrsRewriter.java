package org.mailflowsim.policy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's SRS (domain.md §7.2 [SRS]): rewrites with its key and reverses returning NDRs (§13 rule 32). The
 * bounces form carries no sender, so what this instance issued in that form is kept in a bounded LRU map (lower-case
 * address → original sender); an evicted or foreign one no longer reverses. Two senders whose 25-bit hashes collide
 * on the same day share one entry (the later wins) — rare, and accepted in a simulator. Thread-safe.
 */
public final class SrsRewriter {
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    private final byte[] key;
    private final Map<String, String> issued;

    public SrsRewriter(byte[] key) {
        this(key, DEFAULT_MAX_ENTRIES);
    }

    public SrsRewriter(byte[] key, int maxEntries) {
        if (key.length == 0 || maxEntries < 1) {
            throw new IllegalArgumentException("SRS needs a key and room for at least one entry");
        }
        this.key = key.clone();
        this.issued = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxEntries;
            }
        });
    }

    /** {@link Srs#forwardAddress}, remembered when it fell back to the bounces form. */
    public String forward(String forwardingMailbox, String originalSender, Instant now) {
        return remember(Srs.forwardAddress(forwardingMailbox, originalSender, now, key), originalSender);
    }

    /** {@link Srs#relayAddress}, remembered so that {@link #reverse} can route the NDR back. */
    public String relay(String defaultAcceptedDomain, String originalSender, Instant now) {
        return remember(Srs.relayAddress(defaultAcceptedDomain, originalSender, now, key), originalSender);
    }

    /** The original sender behind an SRS address with a valid hash; empty for anything else. */
    public Optional<String> reverse(String address) {
        Optional<String> forwarded = Srs.reverse(address, key);
        if (forwarded.isPresent() || !Srs.isRelayForm(address)) {
            return forwarded;
        }
        return Optional.ofNullable(issued.get(address.toLowerCase(Locale.ROOT)))
                .filter(sender -> Srs.relayIssuedFor(address, sender, key));
    }

    private String remember(String rewritten, String originalSender) {
        if (Srs.isRelayForm(rewritten)) {
            issued.put(rewritten.toLowerCase(Locale.ROOT), originalSender);
        }
        return rewritten;
    }
}
