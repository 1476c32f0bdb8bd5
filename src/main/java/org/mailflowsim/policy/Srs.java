package org.mailflowsim.policy;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Exchange Online's Sender Rewriting Scheme on the P1 MAIL FROM (domain.md §7.2 [SRS], §13 rules 29 and 32), as pure
 * functions. Shapes are Microsoft's: {@code user+SRS=44ldt=IX=fabrikam.com=bob@contoso.com} (forward) and
 * {@code bounces+SRS=44ldt=IX@contoso.com} (relay, or a forward whose local part would exceed 64 characters).
 *
 * <p>Microsoft does not publish its hash, so the fields follow classic SRS (Shevek's Mail::SRS): the timestamp is
 * days since the epoch mod 1024 as two base32 characters (RFC 4648 alphabet, high 5 bits first); the hash is
 * HMAC-SHA1(key, timestamp, domain, user) over lower-case fields, as its first 5 base32 characters in lower case.
 * Two deliberate differences from Mail::SRS: base32 instead of base64 (it matches the shape of Microsoft's
 * examples and survives case folding in transit) and a NUL between the fields, so a domain/user split cannot be
 * shifted under the same hash. Timestamps are hashed but not aged (Mail::SRS refuses them after 21 days): a
 * simulation is far shorter, and EXO's limit is not documented.
 */
public final class Srs {
    static final String MARK = "+srs=";
    static final String BOUNCES = "bounces";
    private static final int MAX_LOCAL_PART = 64; // RFC 5321 §4.5.3.1.1
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int HASH_LENGTH = 5;

    private Srs() {
    }

    /**
     * The P1 of a cloud mailbox's forward. Falls back to {@link #relayAddress} at the forwarding mailbox's domain
     * when the local part would exceed 64 characters ([SRS] names the default accepted domain there; a caller that
     * knows it may call {@code relayAddress} itself). The null reverse-path stays null.
     */
    public static String forwardAddress(String forwardingMailbox, String originalSender, Instant now, byte[] key) {
        requireAddress(forwardingMailbox);
        if (Addresses.isNull(originalSender)) {
            return originalSender;
        }
        requireAddress(originalSender);
        String ts = timestamp(now);
        String domain = Addresses.domainOf(originalSender);
        String user = Addresses.localPart(originalSender);
        String local = Addresses.localPart(forwardingMailbox) + "+SRS=" + hash(key, ts, domain, user) + "=" + ts + "="
                + domain + "=" + user;
        String forwardingDomain = Addresses.domainOf(forwardingMailbox);
        return local.length() > MAX_LOCAL_PART ? relayAddress(forwardingDomain, originalSender, now, key)
                : local + "@" + forwardingDomain;
    }

    /** The P1 of a relayed message with a non-verified P1 domain; the sender is hashed but not carried. */
    public static String relayAddress(String defaultAcceptedDomain, String originalSender, Instant now, byte[] key) {
        if (Addresses.isNull(originalSender)) {
            return originalSender;
        }
        requireAddress(originalSender);
        if (defaultAcceptedDomain.isBlank() || defaultAcceptedDomain.contains("@")) {
            throw new IllegalArgumentException("not a domain: " + defaultAcceptedDomain);
        }
        String ts = timestamp(now);
        String hash = hash(key, ts, Addresses.domainOf(originalSender), Addresses.localPart(originalSender));
        return BOUNCES + "+SRS=" + hash + "=" + ts + "@" + defaultAcceptedDomain.toLowerCase(Locale.ROOT);
    }

    /**
     * The original sender of a forward-form address whose hash checks out (case-insensitively); empty for a wrong
     * hash, a non-SRS address and the bounces form, which does not carry the sender ({@link SrsRewriter} keeps it).
     */
    public static Optional<String> reverse(String srsAddress, byte[] key) {
        Optional<String[]> f = fields(srsAddress).filter(x -> x.length == 4);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        String hash = f.get()[0];
        String ts = f.get()[1];
        String domain = f.get()[2].toLowerCase(Locale.ROOT);
        String user = f.get()[3];
        if (domain.isEmpty() || user.isEmpty() || !hashMatches(hash, hash(key, ts, domain, user))) {
            return Optional.empty();
        }
        return Optional.of(user + "@" + domain);
    }

    /** Whether this bounces-form address was issued for {@code sender} (its hash is the sender's). */
    static boolean relayIssuedFor(String srsAddress, String sender, byte[] key) {
        if (!isRelayForm(srsAddress)) {
            return false;
        }
        String[] f = fields(srsAddress).orElseThrow();
        return hashMatches(f[0], hash(key, f[1], Addresses.domainOf(sender), Addresses.localPart(sender)));
    }

    static boolean isRelayForm(String address) {
        return Addresses.localPart(address).toLowerCase(Locale.ROOT).startsWith(BOUNCES + MARK)
                && fields(address).filter(f -> f.length == 2).isPresent();
    }

    /** Two base32 characters of days since the epoch mod 1024, as classic SRS. */
    static String timestamp(Instant now) {
        int t = (int) Math.floorMod(Math.floorDiv(now.getEpochSecond(), 86_400L), 1024L);
        return "" + BASE32.charAt(t >> 5) + BASE32.charAt(t & 31);
    }

    static String hash(byte[] key, String timestamp, String domain, String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            String data = String.join("\0", timestamp, domain, user).toLowerCase(Locale.ROOT);
            byte[] digest = mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
            return BaseEncoding.base32().encode(digest).substring(0, HASH_LENGTH).toLowerCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is in every JVM", e);
        }
    }

    /** The {@code =}-separated fields after the local part's first {@code +SRS=}: hash, timestamp[, domain, user]. */
    private static Optional<String[]> fields(String address) {
        String local = Addresses.localPart(address);
        int mark = local.toLowerCase(Locale.ROOT).indexOf(MARK);
        if (mark < 0 || Addresses.domainOf(address).isEmpty()) {
            return Optional.empty();
        }
        String[] f = local.substring(mark + MARK.length()).split("=", 4);
        boolean shaped = f.length >= 2 && f[0].length() == HASH_LENGTH && f[1].length() == 2;
        return shaped ? Optional.of(f) : Optional.empty();
    }

    private static boolean hashMatches(String given, String expected) {
        return MessageDigest.isEqual(given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    private static void requireAddress(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw new IllegalArgumentException("not an address: " + address);
        }
    }
}
