package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.topology.load.Fixtures.at;
import static org.mailflowsim.topology.load.Fixtures.topologyProblems;
import static org.mailflowsim.topology.load.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML-level problems: syntax, duplicate and unknown keys, wrong types. */
class YamlProblemsTest {
    static final String NODE = """
            name: t
            nodes:
              - name: exo
                role: exchange-online
                hostname: mail.contoso.com
                ips: [131.107.21.231]
            """;

    @TempDir
    Path dir;

    @Test
    void syntaxErrorIsReportedAtTheParsersProblemMark() {
        Path file = write(dir, "t.yaml", """
                name: t
                dns:
                  - name: contoso.com
                    type: TXT
                    value: v=spf1 ipv4: 131.107.21.231 -all
                """);
        assertEquals(List.of(at(file, 5, 23, "YAML syntax error: mapping values are not allowed here")),
                topologyProblems(file));
    }

    @Test
    void unclosedFlowSequenceIsASyntaxError() {
        Path file = write(dir, "t.yaml", "name: t\nnodes: [ { name: a }\ndns: []\n");
        assertEquals(List.of(at(file, 3, 1,
                "YAML syntax error: expected ',' or ']', but got <scalar> (while parsing a flow sequence)")),
                topologyProblems(file));
    }

    @Test
    void duplicateKeyPointsAtTheSecondOccurrence() {
        Path file = write(dir, "t.yaml", NODE + "    role: internet\n");
        assertEquals(List.of(at(file, 7, 5, "duplicate key 'role' in node (first at line 4, column 5)")),
                topologyProblems(file));
    }

    @Test
    void unknownKeySuggestsTheNearestValidKey() {
        Path file = write(dir, "t.yaml", NODE + """
                    outboundConnectors:
                      - name: out
                        smartHost: [relay.contoso.com]
                """);
        assertEquals(List.of(at(file, 9, 9,
                "unknown key 'smartHost' in outbound connector; did you mean 'smartHosts'?")), topologyProblems(file));
    }

    @Test
    void unknownKeyMatchingOnlyInCaseIsSuggested() {
        Path file = write(dir, "t.yaml", NODE + """
                    inboundConnectors:
                      - { name: in, type: Partner, SenderIPs: [131.107.21.0/24] }
                """);
        assertEquals(List.of(at(file, 8, 36,
                "unknown key 'SenderIPs' in inbound connector; did you mean 'senderIps'?")), topologyProblems(file));
    }

    @Test
    void unknownKeyFarFromAnyValidKeyListsTheValidKeys() {
        Path file = write(dir, "t.yaml", NODE + "colour: red\n");
        assertEquals(List.of(at(file, 7, 1,
                "unknown key 'colour' in topology; valid keys: dns, include, name, nodes, title")),
                topologyProblems(file));
    }

    @Test
    void expectedAListGotAString() {
        Path file = write(dir, "t.yaml", NODE.replace("ips: [131.107.21.231]", "ips: 131.107.21.231"));
        assertEquals(List.of(at(file, 6, 10, "expected a list for 'ips', got a string '131.107.21.231'")),
                topologyProblems(file));
    }

    @Test
    void expectedAMappingGotAString() {
        Path file = write(dir, "t.yaml", NODE + "    certificate: mail.contoso.com\n");
        assertEquals(List.of(at(file, 7, 18,
                "expected a mapping (certificate) for 'certificate', got a string 'mail.contoso.com'")),
                topologyProblems(file));
    }

    @Test
    void expectedAMappingForAListItem() {
        Path file = write(dir, "t.yaml", "name: t\nnodes: [exo]\n");
        assertEquals(List.of(at(file, 2, 9, "expected a mapping (node) for an item of 'nodes', got a string 'exo'")),
                topologyProblems(file));
    }

    @Test
    void expectedAStringGotAList() {
        Path file = write(dir, "t.yaml", NODE.replace("hostname: mail.contoso.com", "hostname: [mail.contoso.com]"));
        assertEquals(List.of(at(file, 5, 15, "expected a string for 'hostname', got a list")),
                topologyProblems(file));
    }

    @Test
    void expectedABooleanGotAString() {
        Path file = write(dir, "t.yaml", NODE + """
                    inboundConnectors:
                      - name: in
                        type: Partner
                        requireTls: yes
                """);
        assertEquals(List.of(at(file, 10, 21, "expected a boolean (true or false) for 'requireTls', got a string 'yes'")),
                topologyProblems(file));
    }

    @Test
    void expectedAnIntegerGotAString() {
        Path file = write(dir, "t.yaml", NODE + "    limits: { maxHopCount: \"30\", maxRecipients: 1.5 }\n");
        assertEquals(List.of(at(file, 7, 28, "expected an integer for 'maxHopCount', got a string '30'"),
                at(file, 7, 49, "expected an integer for 'maxRecipients', got a number 1.5")),
                topologyProblems(file));
    }

    @Test
    void theDocumentMustBeAMapping() {
        Path file = write(dir, "t.yaml", "- name: exo\n");
        assertEquals(List.of(at(file, 1, 1, "expected a mapping (topology) for the file, got a list")),
                topologyProblems(file));
    }

    @Test
    void aMissingTopLevelFileIsAProblem() {
        Path file = dir.resolve("absent.yaml");
        assertEquals(List.of(at(file, 1, 1, "file not found")), topologyProblems(file));
    }
}
