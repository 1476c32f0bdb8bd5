package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.Topology;

/** The SPF lint's findings are part of every check, and a broken record also shows whose mail it breaks. */
class SpfFindingsTest {
    /** Seed record S3 (domain.md §10.3): "ipv4:" and a bare address are not SPF terms, so every result is permerror. */
    private static final String SEED_S3 = "v=spf1 ipv4: 131.107.21.231  include:spf.protection.outlook.com -all";

    @TempDir
    Path dir;

    @Test
    void theSeedsMalformedRecordIsReportedWithItsBadTermAndItsSenders() throws Exception {
        Topology t = CheckFixtures.editedScenario(dir, "scenario-3-mx-onprem-cmt",
                "v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all", SEED_S3);
        List<Finding> findings = TopologyCheck.run(t);
        int recordLine = CheckFixtures.lineOf(t.file(), SEED_S3);
        List<Finding> syntax = CheckFixtures.withRule(findings, "spf-syntax");
        assertEquals(1, syntax.size(), findings.toString());
        assertEquals(recordLine, syntax.get(0).source().line());
        assertTrue(syntax.get(0).message().contains("ipv4:"), syntax.get(0).message());
        List<Finding> senders = CheckFixtures.withRule(findings, SenderSpfCheck.RULE);
        assertEquals(1, senders.size(), findings.toString());
        assertTrue(senders.get(0).message().contains("gives permerror"), senders.get(0).message());
        assertTrue(senders.get(0).fix().startsWith("repair the SPF record of contoso.com"), senders.get(0).fix());
    }
}
