package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.Topology;

/** The table-like rules: connector identity, Enhanced Filtering skip lists, CMT scoping, unresolved names. */
class StaticRulesTest {
    @TempDir
    Path dir;

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }

    @Test
    void certificateOfASubdomainNeedsThatSubdomainAccepted() throws Exception {
        Topology t = CheckFixtures.editedScenario(dir, "scenario-4-mx-onprem-relay-via-exo",
                "certificateName: mail.contoso.com", "certificateName: mail.hybrid.contoso.com");
        List<Finding> findings = TopologyCheck.run(t, new ConnectorIdentityCheck());
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(ConnectorIdentityCheck.NOT_ACCEPTED, f.rule());
        assertTrue(f.message().contains("hybrid.contoso.com") && f.message().contains("ATTR36"), f.message());
        assertTrue(f.fix().startsWith("add hybrid.contoso.com as an accepted domain"), f.fix());
        assertEquals(CheckFixtures.lineOf(t.file(), "- name: Inbound from on-prem"), f.source().line());
    }

    @Test
    void wildcardCertificateOfAnAcceptedDomainIsFine() throws Exception {
        Topology t = CheckFixtures.editedScenario(dir, "scenario-4-mx-onprem-relay-via-exo",
                "certificateName: mail.contoso.com", "certificateName: \"*.contoso.com\"");
        assertEquals(List.of(), TopologyCheck.run(t, new ConnectorIdentityCheck()));
    }

    @Test
    void skipListEntriesInPrivateOrMicrosoftSpaceAreFlaggedAndTheFiltersOwnAddressIsNot() throws Exception {
        Topology t = CheckFixtures.resource("enhanced-filtering");
        List<Finding> findings = TopologyCheck.run(t, new EnhancedFilteringCheck());
        assertEquals(List.of(EnhancedFilteringCheck.PRIVATE, EnhancedFilteringCheck.MICROSOFT),
                findings.stream().map(Finding::rule).sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(CheckFixtures.withRule(findings, EnhancedFilteringCheck.PRIVATE).get(0).message()
                .contains("10.10.10.1/32"));
        assertTrue(CheckFixtures.withRule(findings, EnhancedFilteringCheck.MICROSOFT).get(0).message()
                .contains("104.47.0.0/24"));
        assertTrue(messages(findings).stream().noneMatch(m -> m.contains("192.0.2.80")), findings.toString());
        assertEquals(CheckFixtures.lineOf(t.file(), "skipIps:"), findings.get(0).source().line());
    }

    @Test
    void cmtConnectorScopedByWildcardToTheAcceptedDomainIsFlagged() throws Exception {
        Topology t = CheckFixtures.editedScenario(dir, "scenario-2-mx-exo-cmt",
                "recipientDomains: [\"*\"]", "recipientDomains: [\"*.contoso.com\", fabrikam.com]");
        assertEquals(List.of(), TopologyCheck.run(t, new CentralizedTransportCheck()),
                "*.contoso.com covers subdomains only, not contoso.com itself");
        Topology scoped = CheckFixtures.editedScenario(dir.resolve("b"), "scenario-2-mx-exo-cmt",
                "recipientDomains: [\"*\"]", "recipientDomains: [\"*.mail.onmicrosoft.com\"]");
        List<Finding> findings = TopologyCheck.run(scoped, new CentralizedTransportCheck());
        assertEquals(List.of(CentralizedTransportCheck.SCOPED), findings.stream().map(Finding::rule).toList());
        assertTrue(findings.get(0).message().contains("[contoso.mail.onmicrosoft.com]"), findings.get(0).message());
    }

    @Test
    void mxTargetsSmartHostsAndAcceptedDomainsWithoutAddressesAreUnresolved() throws Exception {
        Topology t = CheckFixtures.resource("unresolved-hosts");
        List<Finding> findings = TopologyCheck.run(t, new UnresolvedHostCheck());
        List<String> messages = messages(findings);
        assertEquals(3, findings.size(), findings.toString());
        assertTrue(messages.get(0).contains("contoso.net"), messages.toString());
        assertTrue(messages.get(1).contains("relay.nowhere.contoso.com") && !messages.get(1).contains("192.0.2.25"),
                messages.toString());
        assertTrue(messages.get(2).contains("backup.contoso.com"), messages.toString());
        assertEquals(CheckFixtures.lineOf(t.file(), "value: backup.contoso.com"), findings.get(2).source().line());
    }
}
