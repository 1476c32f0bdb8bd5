package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.testing.Fixtures.delivered;
import static org.mailflowsim.testing.Fixtures.original;
import static org.mailflowsim.testing.Fixtures.path;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.SpfCheck;

/** An {@code spf} expectation against the verdict recorded on the first hop into its node. */
class SpfMismatchTest {
    private static final String ANN = "ann@contoso.com";
    private static final MessageTrace TRACE = original("t1", "m", path("fabrikam", "filter", "exo"), List.of(
            hop("fabrikam", "filter", verdict("pass", "198.51.100.25", Optional.empty())),
            hop("filter", "exo", verdict("fail", "192.0.2.80", Optional.empty()))),
            delivered(ANN, "exo", path("fabrikam", "filter", "exo")));

    @Test
    void resultAndAddressBothCount() {
        assertEquals(List.of(), compare(spf("filter", "pass", "198.51.100.25"), spf("exo", "fail", null)));
        assertEquals(List.of("spf at exo: expected pass from 198.51.100.25, actual fail from 192.0.2.80"
                + " (explained)"), compare(spf("exo", "pass", "198.51.100.25")));
        assertEquals(List.of("spf at exo: expected fail from 198.51.100.25, actual fail from 192.0.2.80"
                + " (explained)"), compare(spf("exo", "fail", "198.51.100.25")));
    }

    @Test
    void aNodeThatRecordedNothingIsSaidSo() {
        assertEquals(List.of("spf at fabrikam: expected none, actual none recorded"),
                compare(spf("fabrikam", "none", null)));
    }

    private static List<String> compare(SpfExpectation... spf) {
        Expectation e = new Expectation(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(spf),
                SourceRef.NONE);
        return Mismatches.compare(e, TRACE);
    }

    private static SpfExpectation spf(String node, String result, String ip) {
        return new SpfExpectation(node, result, Optional.ofNullable(ip), SourceRef.NONE);
    }

    private static SpfCheck verdict(String result, String ip, Optional<String> skipped) {
        return new SpfCheck(result, ip, "fabrikam.com", "mailfrom", "explained", skipped);
    }

    private static Hop hop(String from, String to, SpfCheck spf) {
        return new Hop(from, to, Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty(),
                "250 2.6.0 Queued", List.of(ANN), false, Optional.of(spf));
    }
}
