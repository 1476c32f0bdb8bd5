package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.topology.load.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageKind;

class SimulationLoaderTest {
    static final String TOPOLOGY = """
            name: scenario-4
            nodes:
              - name: fabrikam
                role: internet
                hostname: mail.fabrikam.com
                ips: [198.51.100.7]
                acceptedDomains: [ { domain: fabrikam.com } ]
                mailboxes: [ { address: john@fabrikam.com } ]
              - name: onprem
                role: exchange-server
                hostname: mail.contoso.com
                ips: [131.107.21.231]
                acceptedDomains: [ { domain: contoso.com } ]
                mailboxes: [ { address: kate@contoso.com, forwardTo: kate@tailspintoys.com } ]
              - name: tailspintoys
                role: internet
                hostname: mail.tailspintoys.com
                ips: [203.0.113.10]
                acceptedDomains: [ { domain: tailspintoys.com } ]
                mailboxes: [ { address: kate@tailspintoys.com } ]
            dns:
              - { name: mail.contoso.com, type: A, value: 131.107.21.231 }
              - { name: parked.contoso.com, type: A, value: 192.0.2.99 }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeTopology() {
        write(dir, "topologies/scenario-4.yaml", TOPOLOGY);
    }

    @Test
    void loadsAValidSimulationWithItsTopology() throws Exception {
        Path file = write(dir, "simulations/flows.yaml", """
                topology: ../topologies/scenario-4.yaml
                title: "Scenario 4 flows"
                messages:
                  - name: forwarding to tailspintoys
                    from: John@Fabrikam.com
                    to: [kate@contoso.com]
                    at: fabrikam
                    subject: "Quarterly numbers"
                    body: "text"
                    expect:
                      path: [fabrikam, onprem]
                      recipients:
                        - address: kate@contoso.com
                          state: delivered
                          node: onprem
                          mailbox: kate@contoso.com
                          code: 250
                      derived:
                        - kind: forward
                          to: [kate@tailspintoys.com]
                          expect: { path: [onprem, tailspintoys], recipients: [ { address: kate@tailspintoys.com, state: delivered, node: tailspintoys } ] }
                  - name: null sender
                    from: ""
                    to: kate@contoso.com
                    at: fabrikam
                  - name: angle brackets
                    from: "<>"
                    to: kate@contoso.com
                    at: fabrikam
                    expect:
                      recipients: [ { address: kate@contoso.com, state: rejected, node: onprem, code: "550 5.7.64" } ]
                """);
        LoadedSimulation loaded = SimulationLoader.loadWithTopology(file);
        Simulation simulation = loaded.simulation();
        assertEquals(file, simulation.file());
        assertEquals(dir.resolve("topologies/scenario-4.yaml"), simulation.topologyFile());
        assertEquals(simulation.topologyFile(), loaded.topology().file());
        assertEquals("scenario-4", loaded.topology().name());
        assertEquals("Scenario 4 flows", simulation.title());
        assertEquals(3, simulation.messages().size());

        MessageSpec first = simulation.messages().get(0);
        assertEquals("forwarding to tailspintoys", first.name());
        assertEquals("john@fabrikam.com", first.from());
        assertEquals(List.of("kate@contoso.com"), first.to());
        assertEquals(Optional.of("fabrikam"), first.at());
        assertEquals(Optional.of("Quarterly numbers"), first.subject());
        assertEquals(Optional.of("text"), first.body());
        assertEquals(new SourceRef(file, 4, 5), first.source());
        Expectation expect = first.expect();
        assertEquals(Optional.of(List.of("fabrikam", "onprem")), expect.path());
        assertEquals(new RecipientExpectation("kate@contoso.com", EndStateKind.DELIVERED, Optional.of("onprem"),
                Optional.of("250"), Optional.of("kate@contoso.com"), Optional.empty(), new SourceRef(file, 13, 11)),
                expect.recipients().get(0));
        DerivedExpectation forward = expect.derived().get(0);
        assertEquals(MessageKind.FORWARD, forward.kind());
        assertEquals(List.of("kate@tailspintoys.com"), forward.to());
        assertEquals(Optional.of(List.of("onprem", "tailspintoys")), forward.expect().path());
        assertEquals(EndStateKind.DELIVERED, forward.expect().recipients().get(0).state());
        assertEquals(new SourceRef(file, 21, 19), forward.expect().source());

        MessageSpec nullSender = simulation.messages().get(1);
        assertEquals("", nullSender.from());
        assertEquals(List.of("kate@contoso.com"), nullSender.to());
        assertEquals(Optional.empty(), nullSender.expect().path());
        assertEquals(List.of(), nullSender.expect().recipients());
        MessageSpec angle = simulation.messages().get(2);
        assertEquals("", angle.from());
        assertEquals(Optional.of("550 5.7.64"), angle.expect().recipients().get(0).code());
        assertEquals(EndStateKind.REJECTED, angle.expect().recipients().get(0).state());
    }

    @Test
    void withoutAtTheSenderMayHaveAMailboxSomewhere() throws Exception {
        Path file = write(dir, "s.yaml", """
                topology: topologies/scenario-4.yaml
                messages:
                  - { name: plain, from: john@fabrikam.com, to: [kate@contoso.com, kate@tailspintoys.com] }
                """);
        Simulation simulation = SimulationLoader.load(file);
        assertEquals(Optional.empty(), simulation.messages().get(0).at());
        assertEquals(List.of("kate@contoso.com", "kate@tailspintoys.com"), simulation.messages().get(0).to());
        assertEquals("", simulation.title());
        assertEquals(Optional.empty(), simulation.messages().get(0).connectTo());
    }

    @Test
    void connectToNamesTheFirstHopsHost() throws Exception {
        Path file = write(dir, "s.yaml", """
                topology: topologies/scenario-4.yaml
                messages:
                  - { name: bypass, from: john@fabrikam.com, to: kate@contoso.com, connectTo: Mail.Contoso.com }
                """);
        assertEquals(Optional.of("mail.contoso.com"), SimulationLoader.load(file).messages().get(0).connectTo());
    }
}
