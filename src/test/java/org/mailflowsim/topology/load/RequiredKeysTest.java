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

/** Keys the format requires, reported at the start of the mapping that lacks them. */
class RequiredKeysTest {
    @TempDir
    Path dir;

    @Test
    void topologyNeedsAName() {
        Path file = write(dir, "t.yaml", "title: no name\n");
        assertEquals(List.of(at(file, 1, 1, "missing required key 'name' in topology")), topologyProblems(file));
    }

    @Test
    void anEmptyTopologyFileNeedsAName() {
        Path file = write(dir, "t.yaml", "# nothing yet\n");
        assertEquals(List.of(at(file, 1, 1, "missing required key 'name' in topology")), topologyProblems(file));
    }

    @Test
    void nodeNeedsRoleHostnameAndIps() {
        Path file = write(dir, "t.yaml", "name: t\nnodes:\n  - name: exo\n");
        assertEquals(List.of(
                at(file, 3, 5, "missing required key 'role' in node 'exo'"),
                at(file, 3, 5, "missing required key 'hostname' in node 'exo'"),
                at(file, 3, 5, "missing required key 'ips' in node 'exo'")), topologyProblems(file));
    }

    @Test
    void nodeNeedsANameAndAtLeastOneIp() {
        Path file = write(dir, "t.yaml", """
                name: t
                nodes:
                  - role: internet
                    hostname: mail.fabrikam.com
                    ips: []
                """);
        assertEquals(List.of(
                at(file, 3, 5, "missing required key 'name' in node"),
                at(file, 5, 10, "'ips' of node needs at least one item")), topologyProblems(file));
    }

    @Test
    void aRequiredKeyWithoutAValue() {
        Path file = write(dir, "t.yaml", NODE.replace("hostname: mail.contoso.com", "hostname:"));
        assertEquals(List.of(at(file, 5, 14, "'hostname' of node 'exo' needs a value")), topologyProblems(file));
    }

    @Test
    void nestedMappingsNeedTheirKeys() {
        Path file = write(dir, "t.yaml", NODE + """
                    certificate: { sans: [mail.contoso.com] }
                    acceptedDomains: [ { type: authoritative } ]
                    mailboxes: [ { aliases: [] } ]
                    mailUsers: [ { address: bob@contoso.com } ]
                    inboundConnectors: [ { name: in } ]
                    outboundConnectors: [ { type: Partner } ]
                dns:
                  - { name: contoso.com, type: TXT }
                """);
        assertEquals(List.of(
                at(file, 7, 18, "missing required key 'subject' in certificate"),
                at(file, 8, 24, "missing required key 'domain' in accepted domain"),
                at(file, 9, 18, "missing required key 'address' in mailbox"),
                at(file, 10, 18, "missing required key 'externalAddress' in mail user"),
                at(file, 10, 29, "mail user 'bob@contoso.com' is not in an accepted domain of node 'exo' (it has none)"),
                at(file, 11, 26, "missing required key 'type' in inbound connector 'in'"),
                at(file, 12, 27, "missing required key 'name' in outbound connector"),
                at(file, 14, 5, "missing required key 'value' in DNS record")), topologyProblems(file));
    }
}
