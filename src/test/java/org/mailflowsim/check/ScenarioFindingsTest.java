package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each shipped broken variant shows the problem its header describes (topologies/README.md). */
class ScenarioFindingsTest {

    @Test
    void connectorUsingMxLoopsMailForOnPremRecipientsAtThatConnector() throws Exception {
        var topology = CheckFixtures.scenario("scenario-1-connector-uses-mx-loop");
        List<Finding> cycles = CheckFixtures.withRule(TopologyCheck.run(topology), RoutingCycleCheck.RULE);
        List<String> looping = cycles.stream().map(f -> f.message().split(" ")[2]).sorted().toList();
        assertEquals(List.of("bob@contoso.com", "kate@contoso.com", "lee@contoso.com"), looping);
        int connectorLine = CheckFixtures.lineOf(topology.file(), "- name: Outbound to on-prem");
        for (Finding f : cycles) {
            assertEquals(connectorLine, f.source().line(), f.toString());
            assertTrue(f.message().contains("exo -> exo"), f.message());
            assertTrue(f.fix().contains("smartHosts"), f.fix());
        }
    }

    @Test
    void cmtScopedToTheAcceptedDomainIsFlaggedAndTheUnhostedAddressLoops() throws Exception {
        var topology = CheckFixtures.scenario("scenario-2-cmt-scoped-loop");
        List<Finding> findings = TopologyCheck.run(topology);
        assertEquals(1, CheckFixtures.withRule(findings, CentralizedTransportCheck.SCOPED).size(), findings.toString());
        List<Finding> cycles = CheckFixtures.withRule(findings, RoutingCycleCheck.RULE);
        assertEquals(1, cycles.size(), cycles.toString());
        Finding cycle = cycles.get(0);
        assertTrue(cycle.message().startsWith("mail for nobody@contoso.com "), cycle.message());
        assertTrue(cycle.message().contains("exo -> onprem -> exo -> onprem"), cycle.message());
        assertEquals(CheckFixtures.lineOf(topology.file(), "- name: Outbound to on-prem"), cycle.source().line());
        assertTrue(cycle.fix().contains("\"*\"") && cycle.fix().contains("authoritative"), cycle.fix());
    }

    @Test
    void onPremWithoutCertificateIsNotAttributedAndCloudMailPingPongs() throws Exception {
        var topology = CheckFixtures.scenario("scenario-2-cmt-no-certificate");
        List<Finding> cycles = CheckFixtures.withRule(TopologyCheck.run(topology), RoutingCycleCheck.RULE);
        assertTrue(cycles.stream().anyMatch(f -> f.message().startsWith("mail for ann@contoso.com ")), cycles.toString());
        int sendConnector = CheckFixtures.lineOf(topology.file(), "- name: Outbound to Office 365");
        for (Finding f : cycles) {
            assertEquals(sendConnector, f.source().line(), "blames on-prem's send connector: " + f);
            assertTrue(f.fix().contains("tlsCertificateName"), f.fix());
        }
    }

    @Test
    void bothSendConnectorsWithoutCertificateAreNotAttributed() throws Exception {
        var topology = CheckFixtures.scenario("scenario-2-cmt-no-certificate");
        List<Finding> findings = CheckFixtures.withRule(TopologyCheck.run(topology), AttributionCheck.RULE);
        assertEquals(List.of(CheckFixtures.lineOf(topology.file(), "- name: Outbound to Office 365"),
                        CheckFixtures.lineOf(topology.file(), "- name: Internet")),
                findings.stream().map(f -> f.source().line()).toList(), findings.toString());
        for (Finding f : findings) {
            assertTrue(f.message().contains("presents no certificate") && f.message().contains("5.7.64"), f.message());
            assertTrue(f.fix().contains("mail.contoso.com"), f.fix());
        }
    }

    @Test
    void ipIdentifiedOnPremisesConnectorIsFlaggedAndNothingLoops() throws Exception {
        var topology = CheckFixtures.scenario("scenario-4-ip-connector");
        List<Finding> findings = TopologyCheck.run(topology);
        List<Finding> byIp = CheckFixtures.withRule(findings, ConnectorIdentityCheck.BY_IP);
        assertEquals(1, byIp.size(), findings.toString());
        assertEquals(CheckFixtures.lineOf(topology.file(), "- name: Inbound from on-prem"), byIp.get(0).source().line());
        assertTrue(byIp.get(0).message().contains("5.7.64"), byIp.get(0).message());
        assertTrue(CheckFixtures.withRule(findings, RoutingCycleCheck.RULE).isEmpty(), findings.toString());
    }

    @Test
    void aFilterInFrontOfExchangeOnlineWithoutEnhancedFilteringIsFlaggedAtItsConnector() throws Exception {
        var broken = CheckFixtures.scenario("scenario-5-no-enhanced-filtering");
        List<Finding> findings = CheckFixtures.withRule(TopologyCheck.run(broken), MissingEnhancedFilteringCheck.RULE);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(CheckFixtures.lineOf(broken.file(), "- name: From third-party filter"), f.source().line());
        assertTrue(f.message().contains("192.0.2.80") && f.fix().contains("skipLastIp"), f.toString());
        var fixed = CheckFixtures.scenario("scenario-5-third-party-filter");
        assertEquals(List.of(), CheckFixtures.withRule(TopologyCheck.run(fixed), MissingEnhancedFilteringCheck.RULE));
    }
}
