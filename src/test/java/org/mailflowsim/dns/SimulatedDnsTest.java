package org.mailflowsim.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.SourceRef;

class SimulatedDnsTest {
    private static DnsRecord r(String name, DnsType type, int pref, String value) {
        return new DnsRecord(name, type, pref, value, SourceRef.NONE);
    }

    private final SimulatedDns dns = SimulatedDns.of(List.of(
            r("contoso.com", DnsType.MX, 20, "backup.contoso.com"),
            r("Contoso.com", DnsType.MX, 0, "contoso-com.mail.protection.outlook.com"),
            r("contoso-com.mail.protection.outlook.com", DnsType.A, 0, "104.47.58.110"),
            r("contoso.com", DnsType.TXT, 0, "v=spf1 ipv4: 131.107.21.231  -all"),
            r("mail.fabrikam.com", DnsType.A, 0, "198.51.100.25")));

    @Test
    void mxHostsComeLowestPreferenceFirst() {
        assertEquals(List.of("contoso-com.mail.protection.outlook.com", "backup.contoso.com"), dns.mx("CONTOSO.COM"));
    }

    @Test
    void aDomainWithoutMxIsItsOwnMailHost() {
        // RFC 5321 §5.1 implicit MX
        assertEquals(List.of("mail.fabrikam.com"), dns.mailHosts("mail.fabrikam.com"));
    }

    @Test
    void txtIsKeptVerbatimIncludingOddSpaces() {
        assertEquals(List.of("v=spf1 ipv4: 131.107.21.231  -all"), dns.txt("contoso.com"));
    }

    @Test
    void mxPointsToChecksTheResolvedAddresses() {
        assertTrue(dns.mxPointsTo("contoso.com", List.of(InetAddresses.forString("104.47.58.110"))));
        assertFalse(dns.mxPointsTo("contoso.com", List.of(InetAddresses.forString("131.107.21.231"))));
    }

    @Test
    void queryFollowsCnamesAndAnswersPtrAndAddressTypesSeparately() {
        SimulatedDns zone = SimulatedDns.of(List.of(
                r("www.contoso.com", DnsType.CNAME, 0, "Mail.Contoso.com."),
                r("mail.contoso.com", DnsType.A, 0, "131.107.21.231"),
                r("mail.contoso.com", DnsType.AAAA, 0, "2001:db8::25"),
                r("231.21.107.131.in-addr.arpa", DnsType.PTR, 0, "mail.contoso.com")));
        assertEquals(List.of("131.107.21.231"), zone.query("WWW.contoso.com.", DnsType.A).records());
        assertEquals(List.of("2001:db8::25"), zone.query("www.contoso.com", DnsType.AAAA).records());
        assertEquals(List.of("mail.contoso.com"), zone.query("231.21.107.131.in-addr.arpa", DnsType.PTR).records());
        assertTrue(zone.query("nowhere.contoso.com", DnsType.TXT).isVoid());
    }

    @Test
    void aListedQueryTimesOutWhileOtherTypesOfTheNameAnswer() {
        SimulatedDns zone = SimulatedDns.of(List.of(r("contoso.com", DnsType.MX, 0, "mail.contoso.com")),
                List.of(new DnsQuery("Contoso.com", DnsType.TXT)));
        assertTrue(zone.query("contoso.com", DnsType.TXT).timedOut());
        assertFalse(zone.query("contoso.com", DnsType.MX).timedOut());
        assertEquals(List.of("mail.contoso.com"), zone.mx("contoso.com"));
    }

    @Test
    void aCnameLoopAnswersNothing() {
        SimulatedDns zone = SimulatedDns.of(List.of(r("a.contoso.com", DnsType.CNAME, 0, "b.contoso.com"),
                r("b.contoso.com", DnsType.CNAME, 0, "a.contoso.com")));
        assertTrue(zone.query("a.contoso.com", DnsType.A).isVoid());
    }
}
