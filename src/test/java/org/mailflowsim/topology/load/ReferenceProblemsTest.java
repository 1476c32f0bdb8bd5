package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.topology.load.Fixtures.at;
import static org.mailflowsim.topology.load.Fixtures.topologyProblems;
import static org.mailflowsim.topology.load.Fixtures.write;
import static org.mailflowsim.topology.load.YamlProblemsTest.NODE;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References to things that are not there, and settings that are only valid in some places. */
class ReferenceProblemsTest {
    static final String ONPREM = NODE.replace("name: exo", "name: onprem")
            .replace("role: exchange-online", "role: exchange-server");

    @TempDir
    Path dir;

    @Test
    void recipientsMustBeInAnAcceptedDomainOfTheirNode() {
        Path file = write(dir, "t.yaml", NODE + """
                    acceptedDomains: [ { domain: contoso.com } ]
                    mailboxes:
                      - { address: kate@contoso.com, aliases: [kate@contoso.mail.onmicrosoft.com] }
                      - { address: bob@fabrikam.com }
                    mailUsers:
                      - { address: ann@tailspintoys.com, externalAddress: ann@tailspintoys.com }
                """);
        String domains = " is not in an accepted domain of node 'exo' (contoso.com)";
        assertEquals(List.of(
                at(file, 9, 48, "alias 'kate@contoso.mail.onmicrosoft.com'" + domains),
                at(file, 10, 20, "mailbox 'bob@fabrikam.com'" + domains),
                at(file, 12, 20, "mail user 'ann@tailspintoys.com'" + domains)), topologyProblems(file));
    }

    @Test
    void remoteMailboxOutsideTheAcceptedDomainsOfANodeWithoutAny() {
        Path file = write(dir, "t.yaml", ONPREM + """
                    remoteMailboxes:
                      - address: ann@contoso.com
                        routingAddress: ann@contoso.mail.onmicrosoft.com
                """);
        assertEquals(List.of(at(file, 8, 18,
                "remote mailbox 'ann@contoso.com' is not in an accepted domain of node 'onprem' (it has none)")),
                topologyProblems(file));
    }

    @Test
    void tlsCertificateNameMustBeOneOfTheNodesCertificateNames() {
        Path file = write(dir, "t.yaml", ONPREM + """
                    certificate: { subject: mail.contoso.com, sans: [smtp.contoso.com] }
                    outboundConnectors:
                      - { name: a, tlsCertificateName: SMTP.contoso.com }
                      - { name: b, tlsCertificateName: relay.contoso.com }
                """);
        assertEquals(List.of(at(file, 10, 40, "tlsCertificateName 'relay.contoso.com' is not among the certificate"
                + " names of node 'onprem' (mail.contoso.com, smtp.contoso.com)")), topologyProblems(file));
    }

    @Test
    void tlsCertificateNameNeedsACertificate() {
        Path file = write(dir, "t.yaml", ONPREM + """
                    outboundConnectors:
                      - { name: a, tlsCertificateName: mail.contoso.com }
                """);
        assertEquals(List.of(at(file, 8, 40,
                "tlsCertificateName 'mail.contoso.com' needs a certificate, but node 'onprem' has none")),
                topologyProblems(file));
    }

    @Test
    void domainValidationNeedsTlsDomainButTlsDomainAloneIsFine() throws Exception {
        Path file = write(dir, "t.yaml", NODE + """
                    outboundConnectors:
                      - { name: a, tls: DomainValidation }
                      - { name: b, tls: EncryptionOnly, tlsDomain: mail.fabrikam.com }
                """);
        assertEquals(List.of(at(file, 8, 25,
                "tls DomainValidation needs 'tlsDomain', the name the server certificate must carry")),
                topologyProblems(file));

        Path ok = write(dir, "ok.yaml", NODE + """
                    outboundConnectors:
                      - { name: b, tls: EncryptionOnly, tlsDomain: mail.fabrikam.com }
                """);
        assertEquals(Optional.of("mail.fabrikam.com"),
                TopologyLoader.load(ok).nodes().get(0).outboundConnectors().get(0).tlsDomain());
    }

    @Test
    void missingIncludeFile() {
        Path file = write(dir, "topologies/t.yaml", NODE + "include:\n  - shared/internet.yaml\n");
        assertEquals(List.of(at(file, 8, 5, "included file 'shared/internet.yaml' not found ("
                + dir.resolve("topologies/shared/internet.yaml") + ")")), topologyProblems(file));
    }

    @Test
    void includeCycle() {
        Path a = write(dir, "a.yaml", "name: a\ninclude: [b.yaml]\n");
        Path b = write(dir, "b.yaml", "include: [sub/c.yaml]\n");
        Path c = write(dir, "sub/c.yaml", "include: [../b.yaml]\n");
        assertEquals(List.of(at(c, 1, 11, "include cycle: " + b + " -> " + c + " -> " + b)), topologyProblems(a));
    }

    @Test
    void aFileIncludingItselfIsACycle() {
        Path a = write(dir, "a.yaml", "name: a\ninclude: [./a.yaml]\n");
        assertEquals(List.of(at(a, 2, 11, "include cycle: " + a + " -> " + a)), topologyProblems(a));
    }

    @Test
    void problemsInAnIncludedFilePointIntoThatFile() {
        Path top = write(dir, "top.yaml", "name: top\ninclude: [shared/dns.yaml]\n");
        Path shared = write(dir, "shared/dns.yaml", "dns:\n  - { name: contoso.com, type: A, value: 1.2.3 }\n");
        List<String> problems = topologyProblems(top);
        assertEquals(List.of(at(shared, 2, 42, "an A record needs an IPv4 address, got '1.2.3'")), problems);
        assertTrue(problems.get(0).startsWith(dir.resolve("shared").resolve("dns.yaml") + ":"));
    }

    @Test
    void mailUsersOnlyOnExchangeOnline() {
        Path file = write(dir, "t.yaml", ONPREM + """
                    acceptedDomains: [ { domain: contoso.com } ]
                    mailUsers: [ { address: bob@contoso.com, externalAddress: bob@fabrikam.com } ]
                """);
        assertEquals(List.of(at(file, 8, 5,
                "mailUsers are only allowed on role exchange-online; node 'onprem' is exchange-server")),
                topologyProblems(file));
    }

    @Test
    void remoteMailboxesOnlyOnExchangeServer() {
        Path file = write(dir, "t.yaml", NODE + """
                    acceptedDomains: [ { domain: contoso.com } ]
                    remoteMailboxes: [ { address: ann@contoso.com, routingAddress: ann@contoso.mail.onmicrosoft.com } ]
                """);
        assertEquals(List.of(at(file, 8, 5,
                "remoteMailboxes are only allowed on role exchange-server; node 'exo' is exchange-online")),
                topologyProblems(file));
    }

    @Test
    void routeAllViaOnPremisesOnlyOnAnOnPremisesConnector() {
        Path file = write(dir, "t.yaml", NODE + """
                    outboundConnectors:
                      - name: to partner
                        type: Partner
                        routeAllViaOnPremises: true
                """);
        assertEquals(List.of(at(file, 10, 32, "routeAllViaOnPremises is only allowed on an OnPremises connector;"
                + " outbound connector 'to partner' is Partner")), topologyProblems(file));
    }

    @Test
    void exchangeOnlineOnPremisesInboundConnectorMustIdentifyTheSender() {
        Path file = write(dir, "t.yaml", NODE + """
                    inboundConnectors:
                      - name: from on-prem
                        type: OnPremises
                """);
        assertEquals(List.of(at(file, 8, 9, "OnPremises inbound connector 'from on-prem' needs 'certificateName'"
                + " or 'senderIps' to identify the sending server (PS-IN)")), topologyProblems(file));
    }

    @Test
    void restrictionsOnlyOnPartnerConnectors() {
        Path file = write(dir, "t.yaml", NODE + """
                    inboundConnectors:
                      - { name: from on-prem, type: OnPremises, senderIps: [131.107.21.231],
                          restrictDomainsToIps: true }
                      - { name: lock, type: Partner, certificateName: mx.example, restrictDomainsToCertificate: true }
                """);
        assertEquals(List.of(at(file, 9, 11, "restrictDomainsToIps is only allowed on a Partner connector; inbound"
                + " connector 'from on-prem' is OnPremises (PS-IN)")), topologyProblems(file));
    }
}
