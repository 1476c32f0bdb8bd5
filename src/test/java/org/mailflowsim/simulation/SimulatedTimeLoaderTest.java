package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.topology.load.Fixtures.write;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.trace.MessageKind;

/** {@code horizon}, {@code faults}, {@code sendAt}, {@code hops}, {@code envelopeFrom} and NDRs without {@code to}. */
class SimulatedTimeLoaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeTopology() {
        write(dir, "topologies/scenario-4.yaml", SimulationLoaderTest.TOPOLOGY);
    }

    @Test
    void loadsFaultsHorizonAndSendAt() throws Exception {
        Path file = write(dir, "s.yaml", """
                topology: topologies/scenario-4.yaml
                horizon: 2d
                faults:
                  - { node: onprem, kind: down, until: 30m }
                  - { node: onprem, kind: tempfail, from: 1h, until: 2h, reply: "451 4.3.2 Try again later" }
                  - { node: tailspintoys, kind: slow, from: 5m, until: 1d12h, delay: 30s }
                messages:
                  - { name: late, from: john@fabrikam.com, to: kate@contoso.com, sendAt: 1h30m }
                """);
        Simulation simulation = SimulationLoader.load(file);
        assertEquals(Duration.ofDays(2), simulation.horizon());
        assertEquals(List.of(
                new Fault("onprem", FaultKind.DOWN, Duration.ZERO, Duration.ofMinutes(30), Optional.empty(),
                        Optional.empty(), new SourceRef(file, 4, 5)),
                new Fault("onprem", FaultKind.TEMPFAIL, Duration.ofHours(1), Duration.ofHours(2), Optional.empty(),
                        Optional.of("451 4.3.2 Try again later"), new SourceRef(file, 5, 5)),
                new Fault("tailspintoys", FaultKind.SLOW, Duration.ofMinutes(5), Duration.ofHours(36),
                        Optional.of(Duration.ofSeconds(30)), Optional.empty(), new SourceRef(file, 6, 5))),
                simulation.faults());
        assertEquals(Duration.ofMinutes(90), simulation.messages().get(0).sendAt());
        Fault down = simulation.faults().get(0);
        assertEquals(List.of(true, true, false), List.of(down.activeAt(Duration.ZERO),
                down.activeAt(Duration.ofMinutes(29)), down.activeAt(Duration.ofMinutes(30))));
    }

    @Test
    void withoutThemNoFaultsAWeekAndNow() throws Exception {
        Simulation simulation = SimulationLoader.load(write(dir, "s.yaml", """
                topology: topologies/scenario-4.yaml
                messages: [ { name: m, from: john@fabrikam.com, to: kate@contoso.com } ]
                """));
        assertEquals(Duration.ofDays(7), simulation.horizon());
        assertEquals(List.of(), simulation.faults());
        assertEquals(Duration.ZERO, simulation.messages().get(0).sendAt());
        assertEquals(Optional.empty(), simulation.messages().get(0).expect().hops());
    }

    @Test
    void loadsHopsEnvelopeSendersAndNdrsThatGoBackToTheSender() throws Exception {
        Path file = write(dir, "s.yaml", """
                topology: topologies/scenario-4.yaml
                messages:
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect:
                      hops: 0
                      recipients:
                        - { address: kate@contoso.com, state: delivered, envelopeFrom: bounces+SRS=*@contoso.com }
                      derived:
                        - kind: ndr
                          expect:
                            hops: 2
                            recipients: [ { address: john@fabrikam.com, state: delivered, envelopeFrom: "<>" } ]
                        - kind: forward
                          to: kate@tailspintoys.com
                          expect: { derived: [ { kind: ndr } ] }
                        - { kind: ndr, to: postmaster@fabrikam.com }
                """);
        Expectation expect = SimulationLoader.load(file).messages().get(0).expect();
        assertEquals(Optional.of(0), expect.hops());
        assertEquals(Optional.of("bounces+SRS=*@contoso.com"), expect.recipients().get(0).envelopeFrom());
        DerivedExpectation ndr = expect.derived().get(0);
        assertEquals(MessageKind.NDR, ndr.kind());
        assertEquals(List.of("john@fabrikam.com"), ndr.to(), "an NDR goes to the message's sender");
        assertEquals(Optional.of(2), ndr.expect().hops());
        assertEquals(Optional.of(""), ndr.expect().recipients().get(0).envelopeFrom(), "<> is the null reverse-path");
        DerivedExpectation forward = expect.derived().get(1);
        assertEquals(List.of("john@fabrikam.com"), forward.expect().derived().get(0).to(),
                "a forward keeps the original sender");
        assertEquals(List.of("postmaster@fabrikam.com"), expect.derived().get(2).to());
    }
}
