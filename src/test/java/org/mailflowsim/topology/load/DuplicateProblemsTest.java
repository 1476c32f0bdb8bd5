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

/** Names and addresses that must be unique: nodes, connectors, recipients, accepted domains, node IPs. */
class DuplicateProblemsTest {
    @TempDir
    Path dir;

    @Test
    void duplicateNodeNameInOneFile() {
        Path file = write(dir, "t.yaml", NODE + """
                  - name: exo
                    role: internet
                    hostname: mail.fabrikam.com
                    ips: [198.51.100.7]
                """);
        assertEquals(List.of(at(file, 7, 11, "duplicate node name 'exo'; first defined at line 3, column 11")),
                topologyProblems(file));
    }

    @Test
    void duplicateNodeNameAcrossAnIncludeNamesTheFirstFile() {
        Path shared = write(dir, "shared/internet.yaml", NODE.replace("name: t\n", "")
                .replace("131.107.21.231", "198.51.100.7"));
        Path file = write(dir, "t.yaml", NODE + "include: [shared/internet.yaml]\n");
        assertEquals(List.of(at(file, 3, 11, "duplicate node name 'exo'; first defined at " + shared + ":2:11")),
                topologyProblems(file));
    }

    @Test
    void duplicateConnectorNamesPerDirection() {
        Path file = write(dir, "t.yaml", NODE + """
                    inboundConnectors:
                      - { name: hybrid, type: Partner }
                      - { name: Hybrid, type: Partner }
                    outboundConnectors:
                      - { name: hybrid }
                      - { name: hybrid }
                """);
        assertEquals(List.of(
                at(file, 9, 17, "duplicate inbound connector name 'Hybrid' in node 'exo' (first at line 8, column 17)"),
                at(file, 12, 17, "duplicate outbound connector name 'hybrid' in node 'exo' (first at line 11,"
                        + " column 17)")), topologyProblems(file));
    }

    @Test
    void duplicateRecipientAddressesWithinANode() {
        Path file = write(dir, "t.yaml", NODE + """
                    acceptedDomains: [ { domain: contoso.com } ]
                    mailboxes:
                      - { address: kate@contoso.com }
                      - { address: ann@contoso.com, aliases: [KATE@contoso.com] }
                    mailUsers:
                      - { address: ann@contoso.com, externalAddress: ann@fabrikam.com }
                """);
        assertEquals(List.of(
                at(file, 10, 47, "duplicate address 'KATE@contoso.com' in node 'exo' (first at line 9, column 20)"),
                at(file, 12, 20, "duplicate address 'ann@contoso.com' in node 'exo' (first at line 10, column 20)")),
                topologyProblems(file));
    }

    @Test
    void theSameAddressOnTwoNodesIsFine() throws Exception {
        Path file = write(dir, "t.yaml", NODE + """
                    acceptedDomains: [ { domain: contoso.com } ]
                    mailUsers: [ { address: kate@contoso.com, externalAddress: kate@contoso.com } ]
                  - name: onprem
                    role: exchange-server
                    hostname: mail2.contoso.com
                    ips: [131.107.21.232]
                    acceptedDomains: [ { domain: contoso.com } ]
                    mailboxes: [ { address: kate@contoso.com } ]
                """);
        assertEquals(2, TopologyLoader.load(file).nodes().size());
    }

    @Test
    void duplicateAcceptedDomainAndReusedIp() {
        Path file = write(dir, "t.yaml", NODE + """
                    acceptedDomains: [ { domain: contoso.com }, { domain: Contoso.com } ]
                  - name: onprem
                    role: exchange-server
                    hostname: mail2.contoso.com
                    ips: [131.107.21.231]
                """);
        assertEquals(List.of(
                at(file, 7, 59, "duplicate accepted domain 'Contoso.com' in node 'exo' (first at line 7, column 34)"),
                at(file, 11, 11, "IP address '131.107.21.231' is already used by node 'exo' (line 6, column 11)")),
                topologyProblems(file));
    }
}
