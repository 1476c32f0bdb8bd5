package org.mailflowsim.spf;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.SourceRef;

/** The seed SPF records of domain.md §10.3, verbatim (double spaces included), and a DNS to evaluate them in. */
final class SpfFixtures {
    static final String S1 = "v=spf1 ipv4: 131.107.21.231  include:spf.protection.outlook.co  m -all";
    static final String S2 = "v=spf1 include:spf.protection.outlook.com include:third_party_cloud_service.com -all";
    static final String S3 = "v=spf1 ipv4: 131.107.21.231  include:spf.protection.outlook.com -all";
    static final String S4 = S3; // domain.md §10.3: "same as S3"
    static final String S5 = S3;
    static final String S6 = "v=spf1 ipv4:10.10.10.1 ipv4: 131.107.21.231 include:spf.protection.outlook.com -all";
    static final String S7 = "v= ipv4: 131.107.21.231 spf1 include:spf.protection.outlook.com"
            + " include:third_party_cloud_service.com -all";

    /** The corrected forms [domain.md §10.3 FIX]. */
    static final String FIXED_S1 = "v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all";
    static final String FIXED_S6 = "v=spf1 ip4:10.10.10.1 ip4:131.107.21.231 include:spf.protection.outlook.com -all";
    static final String FIXED_S7 = "v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com"
            + " include:third_party_cloud_service.com -all";

    /** The recent observed value of Microsoft's include [domain.md §10.2, SPFSNAP]. */
    static final String EOP_SPF = "v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip4:52.102.0.0/16"
            + " ip4:52.103.0.0/17 ip4:104.47.0.0/17 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49"
            + " ip6:2a01:111:f403:8000::/51 ip6:2a01:111:f403:c000::/51 ip6:2a01:111:f403:f000::/52 -all";

    static final InetAddress EOP_IP = InetAddresses.forString("104.47.58.110");
    static final InetAddress ONPREM_IP = InetAddresses.forString("131.107.21.231");
    static final InetAddress OTHER_IP = InetAddresses.forString("198.51.100.7");

    private SpfFixtures() {
    }

    /** contoso.com publishing {@code contosoTxt}, plus Microsoft's include. */
    static SimulatedDns dnsWith(String... contosoTxt) {
        List<DnsRecord> records = new ArrayList<>();
        records.add(txt("spf.protection.outlook.com", EOP_SPF));
        for (String t : contosoTxt) {
            records.add(txt("contoso.com", t));
        }
        return SimulatedDns.of(records);
    }

    static DnsRecord txt(String name, String value) {
        return new DnsRecord(name, DnsType.TXT, 0, value, SourceRef.NONE);
    }
}
