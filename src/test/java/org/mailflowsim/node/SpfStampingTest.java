package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.EnhancedFiltering;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.SpfSettings;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/**
 * SPF as receivers record it, over real SMTP: the header fields in the delivered message agree with the trace,
 * Enhanced Filtering changes the address EOP evaluates (domain.md §9, rule 35), and a receiver set to refuse a
 * result refuses it at MAIL FROM with RFC 7372's code.
 */
class SpfStampingTest {

    @Test
    void enhancedFilteringEvaluatesTheSenderBehindTheFilterAndSaysSo() throws Exception {
        RawMessage delivered = deliveredToAnn(LabFixture.topology("scenario-5-third-party-filter.yaml"));
        assertEquals("contoso-com.mail.protection.outlook.com; spf=pass (sender IP is 198.51.100.25)"
                + " smtp.mailfrom=fabrikam.com", delivered.header("Authentication-Results").orElseThrow());
        assertTrue(delivered.header("Received-SPF").orElseThrow().startsWith("pass ("), delivered.toString());
        assertEquals("ip=[198.51.100.25];domain=mail.fabrikam.com",
                delivered.header("X-MS-Exchange-SkipListedInternetSender").orElseThrow());
        // The filter's own verdict sits lower in the header, under EOP's Received field.
        List<String> results = delivered.headers("Authentication-Results");
        assertEquals(2, results.size(), results.toString());
        assertTrue(results.get(1).startsWith("mx.cloudfilter.net; spf=pass (sender IP is 198.51.100.25)"));
    }

    @Test
    void aSkipListWithTheFiltersAddressWorksLikeSkippingTheLastHop() throws Exception {
        Topology listed = TopologyEdits.node(LabFixture.topology("scenario-5-third-party-filter.yaml"), "exo",
                n -> TopologyEdits.withInbound(n, n.inboundConnectors().stream().map(c -> c.enhancedFiltering()
                        .isEmpty() ? c : withEnhancedFiltering(c, new EnhancedFiltering(false,
                        List.of(Cidr.parse("192.0.2.80").orElseThrow()), List.of(), SourceRef.NONE))).toList()));
        RawMessage delivered = deliveredToAnn(listed);
        assertTrue(delivered.header("Authentication-Results").orElseThrow().contains("spf=pass (sender IP is"
                + " 198.51.100.25)"), delivered.toString());
        assertEquals("ip=[198.51.100.25];domain=mail.fabrikam.com",
                delivered.header("X-MS-Exchange-ExternalOriginalInternetSender").orElseThrow());
    }

    @Test
    void withoutEnhancedFilteringEopSeesOnlyTheFilter() throws Exception {
        RawMessage delivered = deliveredToAnn(LabFixture.topology("scenario-5-no-enhanced-filtering.yaml"));
        assertEquals("contoso-com.mail.protection.outlook.com; spf=fail (sender IP is 192.0.2.80)"
                + " smtp.mailfrom=fabrikam.com", delivered.header("Authentication-Results").orElseThrow());
        assertFalse(delivered.header("X-MS-Exchange-SkipListedInternetSender").isPresent());
    }

    @Test
    void aReceiverThatRefusesFailRefusesASenderItsDomainDoesNotAuthorise() throws Exception {
        Topology strict = TopologyEdits.node(LabFixture.topology("scenario-1-mx-exo.yaml"), "tailspintoys",
                n -> TopologyEdits.withSpf(n, new SpfSettings(true, Set.of(SpfResult.FAIL))));
        try (LabFixture f = new LabFixture(strict)) {
            // Sent from EOP as fabrikam.com, whose "-all" record lists only fabrikam's own server.
            MessageTrace trace = f.send("spoof", "exo", "john@fabrikam.com", "sam@tailspintoys.com");
            RecipientOutcome sam = trace.recipients().get(0);
            assertEquals(EndStateKind.REJECTED, sam.state().kind(), sam.state().toString());
            assertTrue(sam.state().code().orElseThrow().startsWith("550 5.7.23"), sam.state().toString());
            assertTrue(sam.state().reason().contains("SPF fail for fabrikam.com from 104.47.58.110"),
                    sam.state().reason());
        }
    }

    private static InboundConnector withEnhancedFiltering(InboundConnector c, EnhancedFiltering ef) {
        return new InboundConnector(c.name(), c.type(), c.certificateName(), c.senderIps(), c.requireTls(),
                c.senderDomains(), c.restrictDomainsToCertificate(), c.restrictDomainsToIps(), Optional.of(ef),
                c.source());
    }

    private static RawMessage deliveredToAnn(Topology topology) {
        try (LabFixture f = new LabFixture(topology)) {
            MessageTrace trace = f.send("to ann", "fabrikam", "john@fabrikam.com", "ann@contoso.com");
            assertEquals(List.of("fabrikam", "filter", "exo"), trace.path());
            List<DeliveredMessage> box = f.lab.node("exo").mailbox("ann@contoso.com");
            assertEquals(1, box.size());
            return box.get(0).content();
        }
    }
}
