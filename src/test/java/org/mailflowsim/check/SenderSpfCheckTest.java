package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.Topology;

/**
 * sender-not-in-spf judges the address mail really leaves from: on-prem sending directly needs its own IP in the
 * record (scenario 3), on-prem relaying through EOP does not (scenario 4) [§10, §14].
 */
class SenderSpfCheckTest {
    private static final String SPF = "v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all";
    private static final String SPF_WITHOUT_ONPREM = "v=spf1 include:spf.protection.outlook.com -all";

    @TempDir
    Path dir;

    @Test
    void onPremSendingDirectlyNeedsItsAddressInTheRecord() throws Exception {
        Topology t = CheckFixtures.editedScenario(dir, "scenario-3-mx-onprem-cmt", SPF, SPF_WITHOUT_ONPREM);
        List<Finding> findings = TopologyCheck.run(t, new SenderSpfCheck());
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(SenderSpfCheck.RULE, f.rule());
        // Under CMT the cloud users' mail leaves through on-prem as well.
        assertTrue(f.message().startsWith("contoso.com mail of exo, onprem reaches the internet from onprem "
                + "(131.107.21.231)"), f.message());
        assertTrue(f.message().contains("gives fail"), f.message());
        assertTrue(f.fix().startsWith("add ip4:131.107.21.231"), f.fix());
        assertEquals(CheckFixtures.lineOf(t.file(), SPF_WITHOUT_ONPREM), f.source().line());
    }

    @Test
    void onPremRelayingThroughExchangeOnlineIsCoveredByMicrosoftsInclude() throws Exception {
        Topology t = CheckFixtures.editedScenario(dir, "scenario-4-mx-onprem-relay-via-exo", SPF, SPF_WITHOUT_ONPREM);
        assertEquals(List.of(), TopologyCheck.run(t, new SenderSpfCheck()));
    }

    @Test
    void aDomainWithoutSpfRecordIsReportedAtItsAcceptedDomain() throws Exception {
        Topology t = CheckFixtures.editedScenario(dir, "scenario-4-mx-onprem-relay-via-exo",
                "{ name: contoso.com, type: TXT, value: \"" + SPF + "\" }", "{ name: contoso.com, type: A, value: 192.0.2.9 }");
        List<Finding> findings = TopologyCheck.run(t, new SenderSpfCheck());
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("gives none"), findings.get(0).message());
        assertTrue(findings.get(0).fix().startsWith("publish an SPF record for contoso.com"), findings.get(0).fix());
        assertEquals(CheckFixtures.lineOf(t.file(), "- domain: contoso.com"), findings.get(0).source().line());
    }
}
