package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.topology.load.Fixtures.at;
import static org.mailflowsim.topology.load.Fixtures.topologyProblems;
import static org.mailflowsim.topology.load.Fixtures.write;
import static org.mailflowsim.topology.load.YamlProblemsTest.NODE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid enum values and malformed addresses, domains, IPs, CIDRs and DNS records. */
class ValueProblemsTest {
    @TempDir
    Path dir;

    @Test
    void invalidRoleListsTheValidOnes() {
        Path file = write(dir, "t.yaml", NODE.replace("role: exchange-online", "role: exchange"));
        assertEquals(List.of(at(file, 4, 11, "invalid role 'exchange'; valid values: internet, third-party-filter,"
                + " exchange-online, exchange-server")), topologyProblems(file));
    }

    @Test
    void invalidDomainTypeConnectorTypeAndTlsMode() {
        Path file = write(dir, "t.yaml", NODE + """
                    acceptedDomains:
                      - { domain: contoso.com, type: Authoritative }
                    inboundConnectors:
                      - { name: in, type: OnPrem, certificateName: mail.contoso.com }
                    outboundConnectors:
                      - { name: out, tls: Mandatory }
                """);
        assertEquals(List.of(
                at(file, 8, 38, "invalid domain type 'Authoritative'; valid values: authoritative, internal-relay,"
                        + " external-relay"),
                at(file, 10, 27, "invalid connector type 'OnPrem'; valid values: OnPremises, Partner"),
                at(file, 12, 27, "invalid tls mode 'Mandatory'; valid values: Opportunistic, EncryptionOnly,"
                        + " CertificateValidation, DomainValidation")), topologyProblems(file));
    }

    @Test
    void malformedEmailAddresses() {
        Path file = write(dir, "t.yaml", NODE + """
                    acceptedDomains: [ { domain: contoso.com } ]
                    mailboxes:
                      - address: kate@@contoso.com
                        forwardTo: kate
                        aliases: ["kate smith@contoso.com"]
                """);
        assertEquals(List.of(
                at(file, 9, 18, "malformed e-mail address 'kate@@contoso.com'"),
                at(file, 10, 20, "malformed e-mail address 'kate'"),
                at(file, 11, 19, "malformed e-mail address 'kate smith@contoso.com'")), topologyProblems(file));
    }

    @Test
    void malformedDomainNamesAndWildcardsOnlyWhereAllowed() {
        Path file = write(dir, "t.yaml", NODE.replace("hostname: mail.contoso.com", "hostname: mail..contoso.com") + """
                    certificate: { subject: "*.contoso.com" }
                    acceptedDomains: [ { domain: contoso.com. } ]
                    inboundConnectors:
                      - { name: in, type: Partner, certificateName: "*.contoso.com", senderDomains: ["*contoso.com"] }
                    outboundConnectors:
                      - { name: out, recipientDomains: ["*", "*.fabrikam.com", "fab*.com"], tlsDomain: "*.x.com" }
                """);
        assertEquals(List.of(
                at(file, 5, 15, "malformed domain name 'mail..contoso.com'"),
                at(file, 7, 29, "malformed domain name '*.contoso.com'"),
                at(file, 8, 34, "malformed domain name 'contoso.com.'"),
                at(file, 10, 86, "malformed domain '*contoso.com'; expected a domain name, '*.' followed by a"
                        + " domain name, or '*'"),
                at(file, 12, 64, "malformed domain 'fab*.com'; expected a domain name, '*.' followed by a"
                        + " domain name, or '*'"),
                at(file, 12, 88, "malformed domain name '*.x.com'")), topologyProblems(file));
    }

    @Test
    void malformedIpAddresses() {
        Path file = write(dir, "t.yaml", NODE.replace("ips: [131.107.21.231]",
                "ips: [131.107.021.231, 131.107.21.256, \"2001:db8::g\", mail.contoso.com]"));
        assertEquals(List.of(
                at(file, 6, 11, "malformed IP address '131.107.021.231'"),
                at(file, 6, 28, "malformed IP address '131.107.21.256'"),
                at(file, 6, 44, "malformed IP address '2001:db8::g'"),
                at(file, 6, 59, "malformed IP address 'mail.contoso.com'")), topologyProblems(file));
    }

    @Test
    void malformedCidrs() {
        Path file = write(dir, "t.yaml", NODE.replace("role: exchange-online", "role: exchange-server") + """
                    inboundConnectors:
                      - { name: in, type: Partner, senderIps: [10.0.0.0/33, 10.0.0.0/x, 10.0.0.0/8] }
                """);
        assertEquals(List.of(
                at(file, 8, 48, "malformed CIDR '10.0.0.0/33'; expected an IP address or address/prefix"),
                at(file, 8, 61, "malformed CIDR '10.0.0.0/x'; expected an IP address or address/prefix")),
                topologyProblems(file));
    }

    @Test
    void exchangeOnlineSenderIpsAreIpv4FromSlash24ToSlash32() {
        Path file = write(dir, "t.yaml", NODE + """
                    inboundConnectors:
                      - name: from on-prem
                        type: OnPremises
                        senderIps: [131.107.21.0/24, 131.107.21.231, 131.107.0.0/16, "2001:db8::/48"]
                """);
        String rule = " is not allowed by Exchange Online: IPv4 only, a single address or a CIDR from /24 to /32 (PS-IN)";
        assertEquals(List.of(
                at(file, 10, 54, "senderIps '131.107.0.0/16'" + rule),
                at(file, 10, 70, "senderIps '2001:db8::/48'" + rule)), topologyProblems(file));
    }

    @Test
    void malformedNodeName() {
        Path file = write(dir, "t.yaml", NODE.replace("name: exo", "name: Exo_1"));
        assertEquals(List.of(at(file, 3, 11,
                "malformed node name 'Exo_1'; expected a lower-case letter, then letters, digits or '-'")),
                topologyProblems(file));
    }

    @Test
    void dnsRecordsNeedValuesOfTheirType() {
        Path file = write(dir, "t.yaml", """
                name: t
                dns:
                  - { name: contoso.com, type: MX, value: mail.contoso.com }
                  - { name: contoso.com, type: MX, preference: 70000, value: 131.107.21.231 }
                  - { name: mail.contoso.com, type: A, preference: 1, value: "2001:db8::1" }
                  - { name: mail.contoso.com, type: AAAA, value: 131.107.21.231 }
                  - { name: mail.contoso.com, type: SRV, value: other.contoso.com }
                  - { name: "contoso com", type: TXT, value: "v=spf1 -all" }
                  - { name: 1.0.0.10.in-addr.arpa, type: PTR, value: "not a host" }
                """);
        assertEquals(List.of(
                at(file, 3, 5, "missing required key 'preference' in DNS record"),
                at(file, 4, 48, "MX preference must be 0 to 65535, got 70000"),
                at(file, 4, 62, "an MX record needs a host name, got '131.107.21.231'"),
                at(file, 5, 52, "preference is only for MX records, not A"),
                at(file, 5, 62, "an A record needs an IPv4 address, got '2001:db8::1'"),
                at(file, 6, 50, "an AAAA record needs an IPv6 address, got '131.107.21.231'"),
                at(file, 7, 37, "invalid DNS record type 'SRV'; valid values: MX, A, AAAA, TXT, PTR, CNAME"),
                at(file, 8, 13, "malformed DNS name 'contoso com'"),
                at(file, 9, 54, "a PTR record needs a host name, got 'not a host'")), topologyProblems(file));
    }
}
