package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.topology.load.Fixtures.at;
import static org.mailflowsim.topology.load.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems of simulation files, checked against their topology. */
class SimulationProblemsTest extends SimulationFileTestBase {
    private Path simulation(String messages) {
        return simulationFile("messages:\n" + messages);
    }

    @Test
    void atMustNameANodeOfTheTopology() {
        Path file = simulation("""
                  - { name: m, from: john@fabrikam.com, to: kate@contoso.com, at: fabrikm }
                """);
        assertEquals(List.of(at(file, 3, 67,
                "'at' names no node of topology 'scenario-4': 'fabrikm'; did you mean 'fabrikam'?")), problems(file));
    }

    @Test
    void expectedNodesAndPathsMustBeNodesOfTheTopology() {
        Path file = simulation("""
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect:
                      path: [fabrikam, exo]
                      recipients: [ { address: kate@contoso.com, state: delivered, node: on-prem } ]
                """);
        assertEquals(List.of(
                at(file, 7, 24, "'path' names no node of topology 'scenario-4': 'exo'; nodes: fabrikam, onprem,"
                        + " tailspintoys"),
                at(file, 8, 74, "'node' names no node of topology 'scenario-4': 'on-prem'; did you mean 'onprem'?")),
                problems(file));
    }

    @Test
    void spfExpectationsNameANodeAValidResultAndAnAddress() {
        Path file = simulation("""
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect:
                      spf:
                        - { node: onprem, result: pass, ip: 198.51.100.25 }
                        - { node: on-prem, result: Pass, ip: 198.51.100 }
                        - { result: fail }
                """);
        assertEquals(List.of(
                at(file, 9, 19, "'spf' names no node of topology 'scenario-4': 'on-prem'; did you mean 'onprem'?"),
                at(file, 9, 36, "invalid SPF result 'Pass'; valid values: none, neutral, pass, fail, softfail,"
                        + " temperror, permerror"),
                at(file, 9, 46, "malformed IP address '198.51.100'"),
                at(file, 10, 11, "missing required key 'node' in SPF expectation")), problems(file));
    }

    @Test
    void connectToMustResolveToANodeInTheTopologysDns() {
        Path file = simulation("""
                  - { name: a, from: john@fabrikam.com, to: kate@contoso.com, connectTo: mx.nowhere.example }
                  - { name: b, from: john@fabrikam.com, to: kate@contoso.com, connectTo: parked.contoso.com }
                  - { name: c, from: john@fabrikam.com, to: kate@contoso.com, connectTo: "not a host" }
                """);
        assertEquals(List.of(
                at(file, 3, 74, "connectTo 'mx.nowhere.example' has no A record in the DNS of topology 'scenario-4';"
                        + " give a host name whose A record is a node's address, e.g. a node's hostname"),
                at(file, 4, 74, "connectTo 'parked.contoso.com' resolves to no node of topology 'scenario-4';"
                        + " give a host name whose A record is a node's address, e.g. a node's hostname"),
                at(file, 5, 74, "malformed domain name 'not a host'")), problems(file));
    }

    @Test
    void theTopologyFileMustExist() {
        Path file = write(dir, "sims/s.yaml", """
                topology: ../topologies/missing.yaml
                messages: [ { name: m, from: john@fabrikam.com, to: kate@contoso.com, at: nowhere } ]
                """);
        assertEquals(List.of(at(file, 1, 11, "topology file '../topologies/missing.yaml' not found ("
                + dir.resolve("topologies/missing.yaml") + ")")), problems(file));
    }

    @Test
    void problemsOfTheTopologyAreReportedWithTheSimulations() {
        Path topology = write(dir, "topologies/broken.yaml", "name: broken\nnodes: [ { name: a, role: cloud } ]\n");
        Path file = write(dir, "s.yaml", """
                topology: topologies/broken.yaml
                messages: [ { name: m, from: john@fabrikam.com, to: kate@contoso.com, state: x } ]
                """);
        assertEquals(List.of(
                at(file, 1, 11, "topology 'topologies/broken.yaml' does not load: 3 problem(s) in it"),
                at(file, 2, 71, "unknown key 'state' in message; valid keys: at, body, connectTo, expect, from,"
                        + " name, sendAt, subject, to"),
                at(topology, 2, 10, "missing required key 'hostname' in node 'a'"),
                at(topology, 2, 10, "missing required key 'ips' in node 'a'"),
                at(topology, 2, 27, "invalid role 'cloud'; valid values: internet, third-party-filter,"
                        + " exchange-online, exchange-server")), problems(file));
    }

    @Test
    void expectedRecipientsMustBeAmongTheMessagesRecipients() {
        Path file = simulation("""
                  - name: m
                    from: john@fabrikam.com
                    to: [kate@contoso.com]
                    expect:
                      recipients: [ { address: kate@tailspintoys.com, state: delivered } ]
                      derived:
                        - kind: forward
                          to: kate@tailspintoys.com
                          expect:
                            recipients: [ { address: kate@contoso.com, state: delivered } ]
                """);
        assertEquals(List.of(
                at(file, 7, 32, "expected recipient 'kate@tailspintoys.com' is not among the message's recipients"
                        + " (kate@contoso.com)"),
                at(file, 12, 38, "expected recipient 'kate@contoso.com' is not among the derived message's 'to'"
                        + " (kate@tailspintoys.com)")), problems(file));
    }

    @Test
    void duplicateMessageNames() {
        Path file = simulation("""
                  - { name: m, from: john@fabrikam.com, to: kate@contoso.com }
                  - { name: m, from: john@fabrikam.com, to: kate@contoso.com }
                """);
        assertEquals(List.of(at(file, 4, 13, "duplicate message name 'm' (first at line 3, column 13)")),
                problems(file));
    }

    @Test
    void invalidStateAndKind() {
        Path file = simulation("""
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect:
                      recipients: [ { address: kate@contoso.com, state: accepted } ]
                      derived: [ { kind: original, to: john@fabrikam.com } ]
                """);
        assertEquals(List.of(
                at(file, 7, 57, "invalid state 'accepted'; valid values: delivered, rejected, bounced, dropped,"
                        + " looped, expired, deferred, quarantined"),
                at(file, 8, 26, "invalid kind 'original'; valid values: forward, ndr")), problems(file));
    }

    @Test
    void malformedAddresses() {
        Path file = simulation("""
                  - name: m
                    from: john
                    to: [kate@contoso.com, "kate at contoso.com"]
                    at: fabrikam
                    expect: { recipients: [ { address: kate@contoso.com, state: delivered, mailbox: kate@ } ] }
                """);
        assertEquals(List.of(
                at(file, 4, 11, "malformed e-mail address 'john'"),
                at(file, 5, 28, "malformed e-mail address 'kate at contoso.com'"),
                at(file, 7, 85, "malformed e-mail address 'kate@'")), problems(file));
    }

    @Test
    void withoutAtTheSenderNeedsAMailboxAndANullSenderNeedsAt() {
        Path file = simulation("""
                  - { name: a, from: mary@fabrikam.com, to: kate@contoso.com }
                  - { name: b, from: "<>", to: kate@contoso.com }
                """);
        assertEquals(List.of(
                at(file, 3, 22, "no node of topology 'scenario-4' has a mailbox 'mary@fabrikam.com'; add 'at' to say"
                        + " which node submits the message"),
                at(file, 4, 22, "a message with a null sender needs 'at', the node that submits it")), problems(file));
    }

    @Test
    void requiredKeysAndTypes() {
        Path file = write(dir, "s.yaml", """
                title: [not, a, string]
                messages:
                  - { name: m, to: [] }
                  - name: n
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect:
                      recipients: [ { address: kate@contoso.com } ]
                      derived: [ { to: kate@contoso.com } ]
                      recipient: []
                """);
        assertEquals(List.of(
                at(file, 1, 1, "missing required key 'topology' in simulation"),
                at(file, 1, 8, "expected a string for 'title', got a list"),
                at(file, 3, 5, "missing required key 'from' in message 'm'"),
                at(file, 3, 20, "'to' of message 'm' needs at least one item"),
                at(file, 8, 21, "missing required key 'state' in recipient expectation"),
                at(file, 9, 18, "missing required key 'kind' in derived expectation"),
                at(file, 10, 7, "unknown key 'recipient' in expectation; did you mean 'recipients'?")),
                problems(file));
    }

    @Test
    void anExpectationThatContainsItselfThroughAnAliasIsRefused() {
        Path file = simulation("""
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect: &e
                      derived: [ { kind: forward, to: kate@contoso.com, expect: *e } ]
                """);
        assertEquals(List.of(at(file, 7, 16, "derived expectations nested too deeply")), problems(file));
    }
}
