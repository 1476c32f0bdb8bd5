package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.testing.Fixtures.RELAY_DENIED;
import static org.mailflowsim.testing.Fixtures.delivered;
import static org.mailflowsim.testing.Fixtures.deliveredFrom;
import static org.mailflowsim.testing.Fixtures.derived;
import static org.mailflowsim.testing.Fixtures.derivedExpect;
import static org.mailflowsim.testing.Fixtures.expect;
import static org.mailflowsim.testing.Fixtures.hop;
import static org.mailflowsim.testing.Fixtures.original;
import static org.mailflowsim.testing.Fixtures.path;
import static org.mailflowsim.testing.Fixtures.rcpt;
import static org.mailflowsim.testing.Fixtures.rejected;
import static org.mailflowsim.testing.Fixtures.spec;
import static org.mailflowsim.testing.Fixtures.withEnvelopeFrom;
import static org.mailflowsim.testing.Fixtures.withHops;
import static org.mailflowsim.trace.EndStateKind.DELIVERED;
import static org.mailflowsim.trace.EndStateKind.REJECTED;
import static org.mailflowsim.trace.MessageKind.FORWARD;
import static org.mailflowsim.trace.MessageKind.NDR;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;

class ExpectationMatcherTest {
    private static final String KATE = "kate@contoso.com";
    private static final String KATE_TT = "kate@tailspintoys.com";

    // john@fabrikam.com → kate@contoso.com, delivered on-prem; her forward to tailspintoys is refused by EXO.
    private static final MessageTrace FWD = original("t1", "fwd", path("fabrikam", "exo", "onprem"), List.of(
            hop("fabrikam", "exo", null, null, "mail.protection.outlook.com", "250 2.6.0 Queued", KATE),
            hop("exo", "onprem", "To on-prem", null, "mail.contoso.com", "250 2.6.0 Queued", KATE)),
            delivered(KATE, "onprem", path("fabrikam", "exo", "onprem")));
    private static final MessageTrace FORWARD_REFUSED = derived("t2", FORWARD, "t1", path("onprem", "exo"),
            List.of(hop("onprem", "exo", "Internet via Office 365", null, "mail.protection.outlook.com",
                    RELAY_DENIED, KATE_TT)),
            rejected(KATE_TT, "exo", RELAY_DENIED, path("onprem", "exo")));
    private static final MessageTrace FORWARD_DELIVERED = derived("t2", FORWARD, "t1",
            path("onprem", "tailspintoys"), List.of(),
            delivered(KATE_TT, "tailspintoys", path("onprem", "tailspintoys")));

    private static final List<MessageTrace> BOTH = List.of(FWD, FORWARD_REFUSED);

    // The same forward delivered with an envelope sender rewritten by SRS at EXO, or kept as is.
    private static final MessageTrace FORWARD_SRS = derived("t2", FORWARD, "t1", path("onprem", "exo", "tailspintoys"),
            List.of(), deliveredFrom(KATE_TT, "tailspintoys", "bounces+SRS=Ab12=CD=fabrikam.com=john@contoso.com",
                    path("onprem", "exo", "tailspintoys")));
    private static final MessageTrace FORWARD_KEPT = derived("t2", FORWARD, "t1", path("onprem", "exo", "tailspintoys"),
            List.of(), deliveredFrom(KATE_TT, "tailspintoys", "john@fabrikam.com",
                    path("onprem", "exo", "tailspintoys")));
    private static final String SRS = "bounces+SRS=*@contoso.com";

    static MessageSpec envelopeSpec(String envelopeFrom, EndStateKind state) {
        return fwdSpec(null, derivedExpect(FORWARD, List.of(KATE_TT),
                expect(null, List.of(withEnvelopeFrom(rcpt(KATE_TT, state, null, null, null), envelopeFrom)))));
    }

    static MessageSpec fwdSpec(List<String> path, DerivedExpectation... derived) {
        return spec("fwd", expect(path, List.of(rcpt(KATE, DELIVERED, "onprem", null, KATE)), derived), KATE);
    }

    static DerivedExpectation forwardRejected(String code) {
        return derivedExpect(FORWARD, List.of(KATE_TT),
                expect(null, List.of(rcpt(KATE_TT, REJECTED, "exo", code, null))));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("met", fwdSpec(path("fabrikam", "exo", "onprem"), forwardRejected("550 5.7.64")), BOTH,
                        List.of(List.of(), List.of())),
                Arguments.of("wrong path", fwdSpec(path("fabrikam", "onprem")), List.of(FWD),
                        List.of(List.of("path: expected fabrikam → onprem, actual fabrikam → exo → onprem"))),
                Arguments.of("wrong state", fwdSpec(null, forwardRejected("550 5.7.64")),
                        List.of(FWD, FORWARD_DELIVERED),
                        List.of(List.of(), List.of("kate@tailspintoys.com: expected rejected at exo (550 5.7.64), "
                                + "actual delivered at tailspintoys (mailbox kate@tailspintoys.com)"))),
                Arguments.of("wrong code", fwdSpec(null, forwardRejected("5.7.1")), BOTH,
                        List.of(List.of(), List.of("kate@tailspintoys.com: expected rejected at exo (5.7.1), "
                                + "actual rejected at exo (" + RELAY_DENIED + ")"))),
                Arguments.of("code by enhanced code", fwdSpec(null, forwardRejected("5.7.64")), BOTH,
                        List.of(List.of(), List.of())),
                Arguments.of("code by basic prefix", fwdSpec(null, forwardRejected("550")), BOTH,
                        List.of(List.of(), List.of())),
                Arguments.of("code by wrong prefix", fwdSpec(null, forwardRejected("554")), BOTH,
                        List.of(List.of(), List.of("kate@tailspintoys.com: expected rejected at exo (554), "
                                + "actual rejected at exo (" + RELAY_DENIED + ")"))),
                Arguments.of("missing derived", fwdSpec(null, forwardRejected(null)), List.of(FWD),
                        List.of(List.of("expected a forward to kate@tailspintoys.com, none was generated"))),
                Arguments.of("derived of other kind does not match",
                        fwdSpec(null, derivedExpect(NDR, List.of(KATE_TT), expect(null, List.of()))), BOTH,
                        List.of(List.of("expected an NDR to kate@tailspintoys.com, none was generated"), List.of())),
                Arguments.of("forward to someone else",
                        fwdSpec(null, derivedExpect(FORWARD, List.of("ann@tailspintoys.com"), expect(null, List.of()))),
                        BOTH, List.of(List.of("expected a forward to ann@tailspintoys.com, none was generated "
                                + "(generated instead: forward to kate@tailspintoys.com)"), List.of())),
                Arguments.of("unexpected derived is fine", fwdSpec(path("fabrikam", "exo", "onprem")), BOTH,
                        List.of(List.of(), List.of())),
                Arguments.of("expected recipient absent",
                        spec("fwd", expect(null, List.of(rcpt("bob@contoso.com", DELIVERED, null, null, null))), KATE),
                        List.of(FWD), List.of(List.of("bob@contoso.com: expected delivered, "
                                + "actual not a recipient of this message"))),
                Arguments.of("wrong mailbox", spec("fwd", expect(null,
                                List.of(rcpt(KATE, DELIVERED, "onprem", null, "ann@contoso.com"))), KATE),
                        List.of(FWD), List.of(List.of("kate@contoso.com: expected delivered at onprem "
                                + "(mailbox ann@contoso.com), actual delivered at onprem (mailbox kate@contoso.com)"))),
                Arguments.of("hops met", spec("fwd", withHops(expect(null, List.of()), 2), KATE), List.of(FWD),
                        List.of(List.of())),
                Arguments.of("hops not met", spec("fwd", withHops(expect(null, List.of()), 15), KATE), List.of(FWD),
                        List.of(List.of("hops: expected 15, actual 2"))),
                Arguments.of("envelope sender by wildcard", envelopeSpec(SRS, DELIVERED),
                        List.of(FWD, FORWARD_SRS), List.of(List.of(), List.of())),
                Arguments.of("envelope sender ignores case", envelopeSpec("John@Fabrikam.com", DELIVERED),
                        List.of(FWD, FORWARD_KEPT), List.of(List.of(), List.of())),
                Arguments.of("envelope sender not rewritten", envelopeSpec(SRS, DELIVERED),
                        List.of(FWD, FORWARD_KEPT), List.of(List.of(), List.of("kate@tailspintoys.com: expected "
                                + "envelope sender bounces+SRS=*@contoso.com, actual john@fabrikam.com"))),
                Arguments.of("null reverse-path expected", envelopeSpec("", DELIVERED),
                        List.of(FWD, FORWARD_KEPT), List.of(List.of(), List.of("kate@tailspintoys.com: expected "
                                + "envelope sender <>, actual john@fabrikam.com"))),
                Arguments.of("envelope sender not recorded", envelopeSpec("*", DELIVERED),
                        List.of(FWD, FORWARD_DELIVERED), List.of(List.of(), List.of("kate@tailspintoys.com: expected "
                                + "envelope sender *, actual none recorded"))),
                Arguments.of("wrong state hides the envelope sender", envelopeSpec(SRS, DELIVERED), BOTH,
                        List.of(List.of(), List.of("kate@tailspintoys.com: expected delivered, actual rejected at exo ("
                                + RELAY_DENIED + ")"))),
                Arguments.of("no trace", spec("lost", expect(null, List.of())), List.of(),
                        List.of(List.of("no trace for message 'lost'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, MessageSpec spec, List<MessageTrace> traces, List<List<String>> mismatches) {
        List<MessageResult> results = ExpectationMatcher.judge(List.of(spec), traces);
        assertEquals(mismatches, results.stream().map(MessageResult::mismatches).toList());
    }

    @Test
    void derivedExpectationIsAttachedAndUnexpectedOneIsNot() {
        List<MessageResult> expected = ExpectationMatcher.judge(List.of(fwdSpec(null, forwardRejected(null))), BOTH);
        assertTrue(expected.get(1).expected().isPresent());
        List<MessageResult> unexpected = ExpectationMatcher.judge(List.of(fwdSpec(null)), BOTH);
        assertTrue(unexpected.get(1).expected().isEmpty());
        assertTrue(unexpected.get(1).met());
    }

    @Test
    void ordersOriginalsBySpecThenDerivedDepthFirstAndKeepsStrays() {
        MessageTrace a = original("a", "A", path("fabrikam"), List.of(), delivered(KATE, "fabrikam", path()));
        MessageTrace b = original("b", "B", path("fabrikam"), List.of(), delivered(KATE, "fabrikam", path()));
        MessageTrace fa = derived("fa", FORWARD, "a", path("onprem"), List.of(), delivered(KATE_TT, "x", path()));
        MessageTrace ndr = derived("nfa", NDR, "fa", path("exo"), List.of(), delivered(KATE, "onprem", path()));
        MessageTrace stray = original("s", "stray", path("fabrikam"), List.of(), delivered(KATE, "x", path()));
        MessageTrace orphan = derived("o", MessageKind.NDR, "gone", path("exo"), List.of());
        List<MessageSpec> specs = List.of(spec("B", expect(null, List.of()), KATE), spec("A", expect(null, List.of()), KATE));

        List<MessageResult> results = ExpectationMatcher.judge(specs, List.of(ndr, orphan, a, stray, fa, b));

        assertEquals(List.of("b", "a", "fa", "nfa", "o", "s"), results.stream().map(r -> r.trace().id()).toList());
        assertTrue(results.stream().allMatch(MessageResult::met));
    }

    @Test
    void untracedSpecGetsAPlaceholderTraceWithItsExpectation() {
        MessageSpec lost = spec("lost", expect(path("fabrikam"), List.of()), KATE);
        MessageResult r = ExpectationMatcher.judge(List.of(lost), List.of()).get(0);
        assertEquals("lost", r.trace().name());
        assertTrue(r.trace().hops().isEmpty() && r.trace().recipients().isEmpty());
        assertEquals(lost.expect(), r.expected().orElseThrow());
    }
}
