package org.mailflowsim.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.spf.SpfFixtures.EOP_SPF;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailflowsim.check.Finding;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.Topology;

class SpfLintTest {
    private static final Path FILE = Path.of("t.yaml");

    /** contoso.com publishing the given TXT records (lines 10, 11, ...) beside Microsoft's include and a host. */
    private static List<Finding> lint(String... contosoTxt) {
        List<DnsRecord> dns = new ArrayList<>();
        dns.add(record("spf.protection.outlook.com", DnsType.TXT, EOP_SPF, 2));
        dns.add(record("mail.contoso.com", DnsType.A, "131.107.21.231", 3));
        for (int i = 0; i < contosoTxt.length; i++) {
            dns.add(record("contoso.com", DnsType.TXT, contosoTxt[i], 10 + i));
        }
        return SpfLint.lint(new Topology("t", "t", FILE, List.of(), dns));
    }

    private static DnsRecord record(String name, DnsType type, String value, int line) {
        return new DnsRecord(name, type, 0, value, new SourceRef(FILE, line, 5));
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), rule + " in " + findings);
        return matching.get(0);
    }

    @Test
    void aCorrectRecordHasNoFindings() {
        assertEquals(List.of(), lint(SpfFixtures.FIXED_S1));
    }

    @Test
    void syntaxNamesEveryBadTermAndGivesTheCorrectedRecord() {
        Finding f = only(lint(SpfFixtures.S1), "spf-syntax");
        assertEquals(new SourceRef(FILE, 10, 5), f.source());
        assertTrue(f.message().contains("'ipv4:'") && f.message().contains("'131.107.21.231'")
                && f.message().contains("'m'"), f.message());
        assertEquals("publish \"" + SpfFixtures.FIXED_S1 + "\"", f.fix());
    }

    @Test
    void syntaxFixForS6KeepsBothAddresses() {
        assertEquals("publish \"" + SpfFixtures.FIXED_S6 + "\"", only(lint(SpfFixtures.S6), "spf-syntax").fix());
    }

    @Test
    void aDiscardedVersionIsReportedWithTheRecordItWasMeantToBe() {
        List<Finding> findings = lint(SpfFixtures.S7);
        Finding f = only(findings, "spf-version");
        assertTrue(f.message().contains("'v=spf1'"), f.message());
        assertEquals("publish \"" + SpfFixtures.FIXED_S7 + "\"", f.fix());
        assertEquals(List.of("spf-version"), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void dmarcAndOtherTxtRecordsAreNotSpf() {
        assertEquals(List.of(), lint(SpfFixtures.FIXED_S1, "v=DMARC1; p=none", "MS=ms12345678"));
    }

    @Test
    void twoSpfRecordsForOneName() {
        Finding f = only(lint(SpfFixtures.FIXED_S1, "v=spf1 -all"), "spf-multiple");
        assertEquals(11, f.source().line());
    }

    @Test
    void anIncludeOfADomainWithoutSpfIsNamed() {
        Finding typo = only(lint(SpfFixtures.S1), "spf-include-none");
        assertTrue(typo.message().contains("spf.protection.outlook.co,"), typo.message());
        Finding placeholder = only(lint(SpfFixtures.S2), "spf-include-none");
        assertTrue(placeholder.message().contains("third_party_cloud_service.com"), placeholder.message());
    }

    @Test
    void privateSpaceIsReportedEvenBehindTheSyntaxError() {
        Finding f = only(lint(SpfFixtures.S6), "spf-private-address");
        assertTrue(f.message().contains("10.10.10.1"), f.message());
        assertTrue(only(lint("v=spf1 ip4:192.168.0.0/16 ip4:131.107.21.231 -all"), "spf-private-address")
                .message().contains("192.168.0.0/16"));
        assertTrue(only(lint("v=spf1 ip4:0.0.0.0/0 -all"), "spf-private-address").message().contains("0.0.0.0/0"));
        assertEquals(List.of(), lint("v=spf1 ip4:198.51.100.25 ip6:2a01:111:f400::/48 -all"));
    }

    @Test
    void moreThanTenLookupsCountedThroughIncludes() {
        List<DnsRecord> dns = new ArrayList<>();
        StringBuilder top = new StringBuilder("v=spf1");
        for (int i = 0; i < 6; i++) {
            top.append(" include:s").append(i).append(".contoso.com");
            dns.add(record("s" + i + ".contoso.com", DnsType.TXT, "v=spf1 a:mail.contoso.com -all", 20 + i));
        }
        dns.add(record("contoso.com", DnsType.TXT, top + " -all", 10));
        List<Finding> findings = SpfLint.lint(new Topology("t", "t", FILE, List.of(), dns));
        Finding f = only(findings, "spf-lookups");
        assertTrue(f.message().contains(" 12 "), f.message());
    }

    @Test
    void moreThanTwoVoidLookups() {
        Finding f = only(lint("v=spf1 a:gone1.contoso.com a:gone2.contoso.com mx:gone3.contoso.com"
                + " a:mail.contoso.com -all"), "spf-void-lookups");
        assertTrue(f.message().contains("gone3.contoso.com"), f.message());
    }
}
