package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/**
 * Paths emerge from the rules: switching Exchange Online's OnPremises inbound connector from certificate to IP
 * identification — and nothing else — turns the seed's forwarding case into a 5.7.64 relay refusal (NOTICE,
 * RELAY23; domain.md §14 scenario 4).
 */
class ConnectorIdentificationTest {

    @Test
    void forwardIsRelayedBehindACertificateConnector() throws Exception {
        try (LabFixture f = new LabFixture(LabFixture.topology("scenario-4-mx-onprem-relay-via-exo.yaml"))) {
            RecipientOutcome forwarded = forwardOutcome(f);
            assertEquals(EndStateKind.DELIVERED, forwarded.state().kind());
            assertEquals("tailspintoys", forwarded.state().node());
            assertEquals(List.of("onprem", "exo", "tailspintoys"), forwarded.path());
            // SRS rewrites only the envelope (P1) sender on the way out of Exchange Online; the From header stays
            // (domain.md §7.2 [SRS], rule 29).
            DeliveredMessage landed = f.lab.node("tailspintoys").mailbox("kate@tailspintoys.com").get(0);
            assertTrue(landed.mailFrom().matches("bounces\\+SRS=\\w+=\\w+@contoso\\.com"), landed.mailFrom());
            assertEquals(java.util.Optional.of("john@fabrikam.com"), landed.content().header("From"));
        }
    }

    @Test
    void sameForwardIsRefusedWhenOnlyTheConnectorIdentifiesByIp() throws Exception {
        Topology byIp = withIpIdentifiedConnector(LabFixture.topology("scenario-4-mx-onprem-relay-via-exo.yaml"));
        try (LabFixture f = new LabFixture(byIp)) {
            RecipientOutcome forwarded = forwardOutcome(f);
            assertEquals(EndStateKind.REJECTED, forwarded.state().kind());
            assertEquals("exo", forwarded.state().node());
            assertTrue(forwarded.state().code().orElseThrow().startsWith("550 5.7.64 TenantAttribution"),
                    forwarded.state().toString());
            assertEquals(List.of("onprem", "exo"), forwarded.path());
        }
    }

    private static RecipientOutcome forwardOutcome(LabFixture f) {
        MessageTrace original = f.send("forward case", "fabrikam", "john@fabrikam.com", "kate@contoso.com");
        assertEquals(EndStateKind.DELIVERED, original.recipients().get(0).state().kind());
        List<MessageTrace> forwards = f.causedBy(original);
        assertEquals(1, forwards.size(), "exactly one forwarded copy");
        assertEquals("john@fabrikam.com", forwards.get(0).sender(), "on-prem keeps the original P1");
        return forwards.get(0).recipients().get(0);
    }

    /** The one edit: the certificate name of exo's OnPremises connector becomes on-prem's public IP. */
    static Topology withIpIdentifiedConnector(Topology t) {
        List<NodeSpec> nodes = new ArrayList<>();
        for (NodeSpec n : t.nodes()) {
            if (!n.name().equals("exo")) {
                nodes.add(n);
                continue;
            }
            List<InboundConnector> connectors = n.inboundConnectors().stream().map(c -> c.certificateName().isEmpty() ? c
                    : new InboundConnector(c.name(), c.type(), Optional.empty(),
                    List.of(Cidr.parse("131.107.21.231/32").orElseThrow()), c.requireTls(), c.senderDomains(),
                    c.restrictDomainsToCertificate(), c.restrictDomainsToIps(), c.enhancedFiltering(), c.source()))
                    .toList();
            nodes.add(new NodeSpec(n.name(), n.role(), n.hostname(), n.ips(), n.certificate(), n.acceptedDomains(),
                    n.mailboxes(), n.mailUsers(), n.remoteMailboxes(), connectors, n.outboundConnectors(), n.limits(),
                    n.retry(), n.autoForwardingMode(), n.spamFilter(), n.spf(), n.source()));
        }
        return new Topology(t.name(), t.title(), t.file(), nodes, t.dns());
    }
}
