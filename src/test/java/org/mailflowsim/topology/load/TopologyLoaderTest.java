package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.topology.load.Fixtures.write;

import com.google.common.net.InetAddresses;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeLimits;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.RemoteMailbox;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.TlsMode;
import org.mailflowsim.topology.Topology;

class TopologyLoaderTest {
    @TempDir
    Path dir;

    private static final String TOPOLOGY = """
            name: scenario-4
            title: "MX to on-prem; on-prem relays to the internet through Office 365"
            include:
              - shared/internet.yaml
            nodes:
              - name: onprem
                role: exchange-server
                hostname: mail.contoso.com
                ips: [131.107.21.231, 2001:db8::25]
                certificate:
                  subject: mail.contoso.com
                  sans: [mail.contoso.com, smtp.contoso.com]
                limits:
                  maxMessageBytes: 1048576
                  maxRecipients: 100
                  maxHopCount: 20
                acceptedDomains:
                  - domain: contoso.com
                  - domain: Fabrikam-Relay.com
                    type: external-relay
                mailboxes:
                  - address: Kate@Contoso.com
                    aliases: [katherine@contoso.com]
                    forwardTo: kate@tailspintoys.com
                    keepCopy: false
                  - address: john@contoso.com
                remoteMailboxes:
                  - address: ann@contoso.com
                    routingAddress: ann@contoso.mail.onmicrosoft.com
                inboundConnectors:
                  - name: From Office 365
                    type: OnPremises
                    certificateName: "*.protection.outlook.com"
                    senderIps: [40.92.0.0/15, 2001:db8::/32]
                    requireTls: true
                outboundConnectors:
                  - name: Internet via Office 365
                    recipientDomains: ["*"]
                    smartHosts: [contoso-com.mail.protection.outlook.com]
                    tls: DomainValidation
                    tlsDomain: mail.protection.outlook.com
                    tlsCertificateName: smtp.contoso.com
              - name: exo
                role: exchange-online
                hostname: contoso-com.mail.protection.outlook.com
                ips: [40.92.1.1]
                acceptedDomains:
                  - { domain: contoso.com, type: internal-relay }
                  - domain: contoso.mail.onmicrosoft.com
                mailUsers:
                  - address: john@contoso.com
                    externalAddress: john@contoso.com
                inboundConnectors:
                  - name: Partner fabrikam
                    type: Partner
                    senderIps: [131.107.21.0/24]
                    senderDomains: ["*.fabrikam.com", fabrikam.com]
                    restrictDomainsToCertificate: true
                    restrictDomainsToIps: true
                outboundConnectors:
                  - name: To on-prem
                    type: OnPremises
                    allAcceptedDomains: true
                    smartHosts: [mail.contoso.com, 131.107.21.231]
                    tls: CertificateValidation
                    routeAllViaOnPremises: true
            dns:
              - { name: contoso.com, type: MX, preference: 0, value: mail.contoso.com }
              - { name: mail.contoso.com, type: A, value: 131.107.21.231 }
              - { name: mail.contoso.com, type: AAAA, value: "2001:db8::25" }
              - { name: contoso.com, type: TXT, value: "v=spf1 ipv4: 131.107.21.231  include:spf.protection.outlook.co  m -all" }
              - { name: _dmarc.contoso.com, type: TXT, value: "v=DMARC1; p=none" }
            """;

    private static final String INTERNET = """
            nodes:
              - name: tailspintoys
                role: internet
                hostname: mail.tailspintoys.com
                ips: [203.0.113.10]
                acceptedDomains: [ { domain: tailspintoys.com } ]
                mailboxes: [ { address: kate@tailspintoys.com } ]
            dns:
              - { name: tailspintoys.com, type: MX, preference: 10, value: mail.tailspintoys.com }
            """;

    private Topology loadScenario() throws Exception {
        write(dir, "shared/internet.yaml", INTERNET);
        return TopologyLoader.load(write(dir, "scenario-4.yaml", TOPOLOGY));
    }

    @Test
    void loadsTopLevelFieldsAndMergesIncludedNodesAndDnsFirst() throws Exception {
        Topology topology = loadScenario();
        assertEquals("scenario-4", topology.name());
        assertEquals("MX to on-prem; on-prem relays to the internet through Office 365", topology.title());
        assertEquals(dir.resolve("scenario-4.yaml"), topology.file());
        assertEquals(List.of("tailspintoys", "onprem", "exo"), topology.nodes().stream().map(NodeSpec::name).toList());
        assertEquals(6, topology.dns().size());
        DnsRecord included = topology.dns().get(0);
        assertEquals(new SourceRef(dir.resolve("shared/internet.yaml"), 9, 5), included.source());
        assertEquals(10, included.preference());
        assertEquals(new SourceRef(dir.resolve("shared/internet.yaml"), 2, 5),
                topology.node("tailspintoys").orElseThrow().source());
    }

    @Test
    void loadsEveryNodeField() throws Exception {
        NodeSpec onprem = loadScenario().node("onprem").orElseThrow();
        Path file = dir.resolve("scenario-4.yaml");
        assertEquals(new SourceRef(file, 6, 5), onprem.source());
        assertEquals(Role.EXCHANGE_SERVER, onprem.role());
        assertEquals("mail.contoso.com", onprem.hostname());
        assertEquals(List.of(InetAddresses.forString("131.107.21.231"), InetAddresses.forString("2001:db8::25")),
                onprem.ips());
        assertEquals(List.of("mail.contoso.com", "smtp.contoso.com"), onprem.certificate().orElseThrow().allNames());
        assertEquals(new SourceRef(file, 11, 7), onprem.certificate().orElseThrow().source());
        assertEquals(new NodeLimits(1048576, 100, 20), onprem.limits());
        assertEquals(List.of(new AcceptedDomain("contoso.com", DomainType.AUTHORITATIVE, new SourceRef(file, 18, 9)),
                new AcceptedDomain("fabrikam-relay.com", DomainType.EXTERNAL_RELAY, new SourceRef(file, 19, 9))),
                onprem.acceptedDomains());
        assertEquals(new Mailbox("kate@contoso.com", List.of("katherine@contoso.com"),
                Optional.of("kate@tailspintoys.com"), false, new SourceRef(file, 22, 9)), onprem.mailboxes().get(0));
        assertTrue(onprem.mailboxes().get(1).keepCopy());
        assertEquals(List.of(new RemoteMailbox("ann@contoso.com", "ann@contoso.mail.onmicrosoft.com",
                new SourceRef(file, 28, 9))), onprem.remoteMailboxes());
        assertTrue(onprem.mailUsers().isEmpty());
    }

    @Test
    void loadsConnectors() throws Exception {
        Topology topology = loadScenario();
        NodeSpec onprem = topology.node("onprem").orElseThrow();
        InboundConnector in = onprem.inboundConnectors().get(0);
        assertEquals("From Office 365", in.name());
        assertEquals(ConnectorType.ON_PREMISES, in.type());
        assertEquals(Optional.of("*.protection.outlook.com"), in.certificateName());
        assertEquals(List.of(Cidr.parse("40.92.0.0/15").orElseThrow(), Cidr.parse("2001:db8::/32").orElseThrow()),
                in.senderIps());
        assertTrue(in.requireTls());
        assertFalse(in.restrictDomainsToCertificate());
        OutboundConnector out = onprem.outboundConnectors().get(0);
        assertEquals(ConnectorType.ON_PREMISES, out.type());
        assertEquals(List.of("*"), out.recipientDomains());
        assertEquals(TlsMode.DOMAIN_VALIDATION, out.tls());
        assertEquals(Optional.of("mail.protection.outlook.com"), out.tlsDomain());
        assertEquals(Optional.of("smtp.contoso.com"), out.tlsCertificateName());
        assertFalse(out.routeAllViaOnPremises());

        NodeSpec exo = topology.node("exo").orElseThrow();
        assertEquals(DomainType.INTERNAL_RELAY, exo.acceptedDomains().get(0).type());
        assertEquals(List.of(new MailUser("john@contoso.com", "john@contoso.com",
                new SourceRef(dir.resolve("scenario-4.yaml"), 51, 9))), exo.mailUsers());
        InboundConnector partner = exo.inboundConnectors().get(0);
        assertEquals(ConnectorType.PARTNER, partner.type());
        assertEquals(List.of("*.fabrikam.com", "fabrikam.com"), partner.senderDomains());
        assertTrue(partner.restrictDomainsToCertificate() && partner.restrictDomainsToIps());
        assertEquals(Optional.empty(), partner.certificateName());
        OutboundConnector toOnprem = exo.outboundConnectors().get(0);
        assertTrue(toOnprem.allAcceptedDomains() && toOnprem.routeAllViaOnPremises());
        assertEquals(List.of("mail.contoso.com", "131.107.21.231"), toOnprem.smartHosts());
        assertEquals(TlsMode.CERTIFICATE_VALIDATION, toOnprem.tls());
        assertEquals(Optional.empty(), toOnprem.tlsCertificateName());
    }

    @Test
    void keepsTxtRecordsVerbatimIncludingTheSeedsMalformedSpf() throws Exception {
        List<DnsRecord> dns = loadScenario().dns();
        DnsRecord spf = dns.stream().filter(r -> r.type() == DnsType.TXT).findFirst().orElseThrow();
        assertEquals("v=spf1 ipv4: 131.107.21.231  include:spf.protection.outlook.co  m -all", spf.value());
        assertEquals("_dmarc.contoso.com", dns.get(5).name());
        assertEquals("2001:db8::25", dns.get(3).value());
        assertEquals(new SourceRef(dir.resolve("scenario-4.yaml"), 68, 5), dns.get(1).source());
    }

    @Test
    void appliesDefaultsForOmittedFields() throws Exception {
        Path file = write(dir, "min.yaml", """
                name: minimal
                nodes:
                  - name: a
                    role: internet
                    hostname: mail.a.com
                    ips: [198.51.100.1]
                    outboundConnectors:
                      - name: by mx
                """);
        Topology topology = TopologyLoader.load(file);
        NodeSpec a = topology.nodes().get(0);
        assertEquals("", topology.title());
        assertEquals(NodeLimits.DEFAULT, a.limits());
        assertEquals(Optional.empty(), a.certificate());
        OutboundConnector out = a.outboundConnectors().get(0);
        assertEquals(ConnectorType.ON_PREMISES, out.type());
        assertEquals(TlsMode.OPPORTUNISTIC, out.tls());
        assertTrue(out.usesMx());
    }

    @Test
    void partialLimitsTakeTheOtherDefaults() throws Exception {
        Path file = write(dir, "limits.yaml", """
                name: limits
                nodes:
                  - name: a
                    role: internet
                    hostname: mail.a.com
                    ips: [198.51.100.1]
                    limits: { maxHopCount: 5 }
                """);
        assertEquals(new NodeLimits(10 * 1024 * 1024, 500, 5), TopologyLoader.load(file).nodes().get(0).limits());
    }

    @Test
    void aFileIncludedTwiceWithoutACycleIsMergedOnce() throws Exception {
        write(dir, "shared/internet.yaml", INTERNET);
        write(dir, "shared/more.yaml", "include: [internet.yaml]\n");
        Path file = write(dir, "top.yaml", """
                name: diamond
                include: [shared/internet.yaml, shared/more.yaml]
                """);
        assertEquals(1, TopologyLoader.load(file).nodes().size());
    }
}
