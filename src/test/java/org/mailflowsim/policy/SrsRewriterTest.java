package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SRS shapes, round trips and refusals (domain.md §7.2 [SRS], §13 rules 29 and 32). */
class SrsRewriterTest {
    private static final byte[] KEY = "tenant-secret".getBytes(StandardCharsets.UTF_8);
    /** Day 19735 since the epoch (2024-01-13): 19735 mod 1024 = 279 = 8 * 32 + 23, i.e. "IX" as in [SRS]'s example. */
    private static final Instant NOW = Instant.ofEpochSecond(19_735L * 86_400 + 3_600);
    private static final String FORWARD = "john\\.work\\+SRS=[a-z2-7]{5}=IX=fabrikam\\.com=bob@contoso\\.com";
    private static final String RELAY = "bounces\\+SRS=[a-z2-7]{5}=IX@contoso\\.com";

    private final SrsRewriter srs = new SrsRewriter(KEY);

    @Test
    void formsHaveTheShapesOfMicrosoftsExamples() {
        String forward = srs.forward("john.work@contoso.com", "bob@fabrikam.com", NOW);
        assertTrue(forward.matches(FORWARD), forward);
        String relay = srs.relay("contoso.com", "bob@fabrikam.com", NOW);
        assertTrue(relay.matches(RELAY), relay);
        assertEquals(Srs.hash(KEY, "IX", "fabrikam.com", "bob"), forward.substring(14, 19), "same hash in both forms");
        assertEquals(forward.substring(14, 19), relay.substring(12, 17));
    }

    @Test
    void timestampIsTwoBase32CharactersOfDaysModulo1024() {
        assertEquals("AA", Srs.timestamp(Instant.EPOCH));
        assertEquals("AB", Srs.timestamp(Instant.EPOCH.plusSeconds(86_400)));
        assertEquals("77", Srs.timestamp(Instant.EPOCH.plusSeconds(1_023L * 86_400)));
        assertEquals("AA", Srs.timestamp(Instant.EPOCH.plusSeconds(1_024L * 86_400)), "wraps after 1024 days");
        assertEquals("IX", Srs.timestamp(NOW));
    }

    @Test
    void bothFormsReverseToTheOriginalSender() {
        assertEquals(Optional.of("bob@fabrikam.com"), srs.reverse(srs.forward("john.work@contoso.com",
                "bob@fabrikam.com", NOW)));
        assertEquals(Optional.of("bob@fabrikam.com"), srs.reverse(srs.relay("contoso.com", "bob@fabrikam.com", NOW)));
        String odd = "first.last=ext@sub.fabrikam.com";
        assertEquals(Optional.of(odd), Srs.reverse(Srs.forwardAddress("kate@contoso.com", odd, NOW, KEY), KEY),
                "the forward form is stateless and keeps '=' in the user");
    }

    @Test
    void aBouncesAddressReversesOnlyWhereItWasIssuedAndWhileRemembered() {
        String relay = srs.relay("contoso.com", "bob@fabrikam.com", NOW);
        assertEquals(Optional.empty(), Srs.reverse(relay, KEY), "the bounces form does not carry the sender");
        assertEquals(Optional.empty(), new SrsRewriter(KEY).reverse(relay), "another instance never issued it");
        SrsRewriter small = new SrsRewriter(KEY, 2);
        String first = small.relay("contoso.com", "a@fabrikam.com", NOW);
        String second = small.relay("contoso.com", "b@fabrikam.com", NOW);
        assertEquals(Optional.of("a@fabrikam.com"), small.reverse(first), "a use makes it recent");
        small.relay("contoso.com", "c@fabrikam.com", NOW);
        assertEquals(Optional.empty(), small.reverse(second), "least recently used, evicted");
        assertEquals(Optional.of("a@fabrikam.com"), small.reverse(first));
    }

    @Test
    void aLocalPartOver64CharactersFallsBackToTheBouncesForm() {
        String fits = "u".repeat(36) + "@fabrikam.com"; // a+SRS=hhhhh=IX=fabrikam.com= is 28 characters: 64 in all
        String at64 = Srs.forwardAddress("a@contoso.com", fits, NOW, KEY);
        assertEquals(64, Addresses.localPart(at64).length(), at64);
        String tooLong = "u".repeat(37) + "@fabrikam.com";
        String fallback = srs.forward("a@contoso.com", tooLong, NOW);
        assertTrue(fallback.matches(RELAY), fallback);
        assertEquals(Optional.of(tooLong), srs.reverse(fallback), "the fallback is remembered");
    }

    @Test
    void aTamperedAddressIsRefused() {
        String forward = srs.forward("john.work@contoso.com", "bob@fabrikam.com", NOW);
        String relay = srs.relay("contoso.com", "bob@fabrikam.com", NOW);
        assertEquals(Optional.empty(), srs.reverse(forward.replace("=fabrikam.com=", "=evil.example=")));
        assertEquals(Optional.empty(), srs.reverse(forward.replace("=bob@", "=alice@")));
        assertEquals(Optional.empty(), srs.reverse(forward.replace("=IX=", "=IY=")));
        assertEquals(Optional.empty(), srs.reverse(withOtherHash(forward)));
        assertEquals(Optional.empty(), srs.reverse(withOtherHash(relay)));
        assertEquals(Optional.empty(), new SrsRewriter("other".getBytes(StandardCharsets.UTF_8)).reverse(forward));
        assertEquals(Optional.empty(), srs.reverse("bob@fabrikam.com"));
        assertEquals(Optional.empty(), srs.reverse("john+SRS=short=IX=fabrikam.com=bob@contoso.com"));
    }

    @Test
    void domainsAreCaseInsensitive() {
        String forward = srs.forward("John.Work@Contoso.COM", "Bob@FabriKam.COM", NOW);
        assertTrue(forward.matches("John\\.Work\\+SRS=[a-z2-7]{5}=IX=fabrikam\\.com=Bob@contoso\\.com"), forward);
        assertEquals(Srs.forwardAddress("john.work@contoso.com", "bob@fabrikam.com", NOW, KEY).toLowerCase(Locale.ROOT),
                forward.toLowerCase(Locale.ROOT), "same hash whatever the case");
        assertEquals(Optional.of("BOB@fabrikam.com"), srs.reverse(forward.toUpperCase(Locale.ROOT)),
                "an address upper-cased in transit still reverses");
        String relay = srs.relay("Contoso.COM", "bob@fabrikam.com", NOW);
        assertTrue(relay.matches(RELAY), relay);
        assertEquals(Optional.of("bob@fabrikam.com"), srs.reverse(relay.toUpperCase(Locale.ROOT)));
    }

    @Test
    void theNullReversePathIsNeverRewrittenAndBadInputIsABug() {
        assertEquals("", srs.forward("john.work@contoso.com", "", NOW), "NDRs keep MAIL FROM:<> (domain.md §8)");
        assertEquals("", srs.relay("contoso.com", "", NOW));
        assertThrows(IllegalArgumentException.class, () -> srs.forward("contoso.com", "bob@fabrikam.com", NOW));
        assertThrows(IllegalArgumentException.class, () -> srs.relay("contoso.com", "bob", NOW));
        assertThrows(IllegalArgumentException.class, () -> new SrsRewriter(new byte[0]));
    }

    @Test
    void theKeyChangesTheHash() {
        assertNotEquals(Srs.hash(KEY, "IX", "fabrikam.com", "bob"),
                Srs.hash("other".getBytes(StandardCharsets.UTF_8), "IX", "fabrikam.com", "bob"));
        assertNotEquals(Srs.hash(KEY, "IX", "a.co", "mx"), Srs.hash(KEY, "IX", "a.com", "x"),
                "fields are separated, so the domain/user split cannot shift");
    }

    private static String withOtherHash(String address) {
        int start = address.indexOf("+SRS=") + 5;
        char c = address.charAt(start) == 'a' ? 'b' : 'a';
        return address.substring(0, start) + c + address.substring(start + 1);
    }
}
