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
}
