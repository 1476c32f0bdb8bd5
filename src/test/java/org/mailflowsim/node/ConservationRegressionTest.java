package org.mailflowsim.node;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Journal;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/**
 * Conservation breaches the property test (property.ConservationPropertyTest) found, each reduced to one edit of a
 * scenario: the run must come to rest with exactly one end state per recipient.
 */
class ConservationRegressionTest {

    /** Forwarding rules in a cycle on one node add no Received header, so no hop count ever stopped them. */
    @Test
    void mailboxesThatForwardToEachOtherOnOneNodeEndInAForwardingLoop() throws Exception {
        List<Mailbox> cycle = List.of(forwarding("kate@contoso.com", "bob@contoso.com"),
                forwarding("bob@contoso.com", "kate@contoso.com"));
        Topology t = TopologyEdits.node(LabFixture.topology("scenario-1-mx-exo.yaml"), "onprem",
                n -> withMailboxes(n, cycle));
        try (LabFixture f = new LabFixture(t)) {
            String id = f.lab.inject("cycle", "fabrikam", "john@fabrikam.com", List.of("kate@contoso.com"), "cycle",
                    "test body");
            // Without loop detection the forwards never stop: fail fast rather than fill the heap.
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> f.journal.idle() || f.journal.nameOf("m100").isPresent());
            assertFalse(f.journal.nameOf("m100").isPresent(), "a hundred messages from one: the forwards never stop");
            f.settle();
            assertEquals(List.of(), f.journal.unaccounted());
            List<MessageTrace> traces = f.journal.traces();
            MessageTrace original = traces.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
            List<MessageTrace> forwards = traces.stream().filter(m -> m.kind() == MessageKind.FORWARD).toList();
            assertEquals(3, forwards.size(), "kate → bob → kate, then kate's rule would forward it again");
            EndState loop = forwards.get(2).recipients().get(0).state();
            assertEquals(EndStateKind.LOOPED, loop.kind());
            assertEquals(Optional.of("554 5.4.6 mail forwarding loop for kate@contoso.com"), loop.code());
            assertEquals(EndStateKind.DELIVERED, original.recipients().get(0).state().kind());
        }
    }

    /**
     * A recipient and a mail user whose target is that recipient travelled as two copies under one address, and the
     * journal gave both ends to one of them (the other never ended). Now the node keeps one copy, and both end with it.
     */
    @Test
    void aRecipientAndAMailUserResolvedToItShareOneCopyAndBothEnd() throws Exception {
        Topology t = TopologyEdits.node(LabFixture.topology("scenario-1-mx-exo.yaml"), "exo", n -> withMailUser(n,
                new MailUser("robert@contoso.com", "bob@contoso.com", SourceRef.NONE)));
        try (LabFixture f = new LabFixture(t)) {
            String id = f.lab.inject("both", "fabrikam", "john@fabrikam.com",
                    List.of("bob@contoso.com", "robert@contoso.com"), "both", "test body");
            f.settle();
            assertEquals(List.of(), f.journal.unaccounted());
            MessageTrace trace = f.journal.traces().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
            for (RecipientOutcome o : trace.recipients()) {
                assertEquals(EndStateKind.DELIVERED, o.state().kind(), o.toString());
                assertEquals(Optional.of("bob@contoso.com"), o.state().mailbox());
                assertEquals(List.of("fabrikam", "exo", "onprem"), o.path());
            }
            assertEquals(1, f.lab.node("onprem").mailbox("bob@contoso.com").size(),
                    "one copy, as duplicate recipients are removed");
        }
    }

    /** What a slow node held past the horizon was dropped with the scheduler's tasks, so it never ended. */
    @Test
    void whatASlowNodeStillHoldsAtTheHorizonEndsDeferred() throws Exception {
        Journal journal = new Journal();
        FaultPlan slowOnPrem = (node, elapsed) -> node.equals("onprem") ? Optional.of(new FaultPlan.NodeFault(
                FaultPlan.NodeFault.Kind.SLOW, Optional.empty(), Optional.of(Duration.ofHours(1)))) : Optional.empty();
        try (Lab lab = Lab.start(LabFixture.topology("scenario-1-mx-exo.yaml"), journal, new SimClock(), slowOnPrem)) {
            lab.inject("held", "fabrikam", "john@fabrikam.com", List.of("bob@contoso.com"), "held", "test body");
            do {
                await().atMost(Duration.ofSeconds(30)).until(journal::idle);
            } while (lab.advance(Duration.ofMinutes(30)));
            lab.stopAtHorizon();
            await().atMost(Duration.ofSeconds(30)).until(journal::quiescent);
            EndState held = journal.traces().get(0).recipients().get(0).state();
            assertEquals(EndStateKind.DEFERRED, held.kind());
            assertEquals("onprem", held.node());
            assertEquals(List.of(), journal.unaccounted());
        }
    }

    private static Mailbox forwarding(String address, String to) {
        return new Mailbox(address, List.of(), Optional.of(to), true, SourceRef.NONE);
    }

    private static NodeSpec withMailboxes(NodeSpec n, List<Mailbox> mailboxes) {
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(), mailboxes,
                n.mailUsers(), n.remoteMailboxes(), n.inboundConnectors(), n.outboundConnectors(), n.limits(),
                n.retry(), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source());
    }

    private static NodeSpec withMailUser(NodeSpec n, MailUser user) {
        List<MailUser> users = new ArrayList<>(n.mailUsers());
        users.add(user);
        return new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(),
                n.mailboxes(), users, n.remoteMailboxes(), n.inboundConnectors(), n.outboundConnectors(), n.limits(),
                n.retry(), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source());
    }
}
