package org.mailflowsim.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.simulation.DerivedExpectation;
import org.mailflowsim.simulation.Expectation;
import org.mailflowsim.simulation.MessageSpec;
import org.mailflowsim.simulation.RecipientExpectation;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/** Hand-built records for tests: short factories so a table row reads like the scenario it describes. */
public final class Fixtures {
    public static final String RELAY_DENIED = "550 5.7.64 TenantAttribution; Relay Access Denied";

    private Fixtures() {
    }

    public static List<String> path(String... nodes) {
        return List.of(nodes);
    }

    public static Hop hop(String from, String to, String out, String in, String receiverCert, String reply,
                          String... recipients) {
        return new Hop(from, to, Optional.ofNullable(out), Optional.ofNullable(in), receiverCert != null,
                Optional.ofNullable(receiverCert), Optional.empty(), reply, List.of(recipients));
    }

    public static MessageTrace original(String id, String name, List<String> path, List<Hop> hops,
                                        RecipientOutcome... recipients) {
        return new MessageTrace(id, name, MessageKind.ORIGINAL, Optional.empty(), path.get(0), "john@fabrikam.com",
                hops, path, List.of(recipients));
    }

    public static MessageTrace derived(String id, MessageKind kind, String causeId, List<String> path,
                                       List<Hop> hops, RecipientOutcome... recipients) {
        return new MessageTrace(id, id, kind, Optional.of(causeId), path.get(0), "kate@contoso.com", hops, path,
                List.of(recipients));
    }

    public static RecipientOutcome delivered(String address, String node, List<String> path) {
        return new RecipientOutcome(address, path, EndState.delivered(node, address));
    }

    public static RecipientOutcome rejected(String address, String node, String code, List<String> path) {
        return new RecipientOutcome(address, path,
                EndState.withCode(EndStateKind.REJECTED, node, code, "refused by " + node));
    }

    public static MessageSpec spec(String name, Expectation expect, String... to) {
        return new MessageSpec(name, "john@fabrikam.com", List.of(to), Optional.empty(), Optional.empty(),
                Optional.empty(), expect, java.time.Duration.ZERO, SourceRef.NONE);
    }

    public static Expectation expect(List<String> path, List<RecipientExpectation> recipients,
                                     DerivedExpectation... derived) {
        return new Expectation(Optional.ofNullable(path), recipients, Arrays.asList(derived), Optional.empty(),
                SourceRef.NONE);
    }

    /** The same expectation, also checking the number of hops. */
    public static Expectation withHops(Expectation e, int hops) {
        return new Expectation(e.path(), e.recipients(), e.derived(), Optional.of(hops), e.source());
    }

    /** A recipient expectation; {@code node}, {@code code} and {@code mailbox} may be null (= not checked). */
    public static RecipientExpectation rcpt(String address, EndStateKind state, String node, String code,
                                            String mailbox) {
        return new RecipientExpectation(address, state, Optional.ofNullable(node), Optional.ofNullable(code),
                Optional.ofNullable(mailbox), Optional.empty(), SourceRef.NONE);
    }

    /** The same recipient expectation, also checking the envelope sender ({@code *} wildcards allowed). */
    public static RecipientExpectation withEnvelopeFrom(RecipientExpectation r, String envelopeFrom) {
        return new RecipientExpectation(r.address(), r.state(), r.node(), r.code(), r.mailbox(),
                Optional.of(envelopeFrom), r.source());
    }

    /** A delivered recipient whose copy arrived with the envelope sender {@code envelopeFrom}. */
    public static RecipientOutcome deliveredFrom(String address, String node, String envelopeFrom, List<String> path) {
        return new RecipientOutcome(address, path, EndState.delivered(node, address, envelopeFrom));
    }

    public static DerivedExpectation derivedExpect(MessageKind kind, List<String> to, Expectation expect) {
        return new DerivedExpectation(kind, to, expect, SourceRef.NONE);
    }
}
