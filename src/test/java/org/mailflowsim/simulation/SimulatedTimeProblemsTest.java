package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.topology.load.Fixtures.at;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems of faults, durations, hop counts, envelope senders and NDR expectations. */
class SimulatedTimeProblemsTest extends SimulationFileTestBase {
    private static final String MESSAGE = "messages: [ { name: m, from: john@fabrikam.com, to: kate@contoso.com } ]\n";

    @Test
    void malformedDurations() {
        Path file = simulationFile("""
                horizon: 1 week
                faults:
                  - { node: onprem, kind: down, from: 5 min, until: 1h }
                messages:
                  - { name: m, from: john@fabrikam.com, to: kate@contoso.com, sendAt: 1.5h }
                """);
        String use = "; use e.g. 30s, 5m, 2h, 2d";
        assertEquals(List.of(
                at(file, 2, 10, "malformed duration '1 week'" + use),
                at(file, 4, 39, "malformed duration '5 min'" + use),
                at(file, 6, 71, "malformed duration '1.5h'" + use)), problems(file));
    }

    @Test
    void aMessageSentAtOrAfterTheHorizonWouldNeverBeSent() {
        Path file = simulationFile("""
                horizon: 2h
                messages:
                  - { name: late, from: john@fabrikam.com, to: kate@contoso.com, sendAt: 2h }
                """);
        List<String> found = problems(file);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).matches(".*s\\.yaml:4:\\d+: message 'late' has sendAt 2h, not before the horizon 2h; "
                + "it would never be sent"), found.get(0));
    }

    @Test
    void unknownFaultKindListsTheValidOnes() {
        Path file = simulationFile("""
                faults: [ { node: onprem, kind: crash, until: 1h } ]
                """ + MESSAGE);
        assertEquals(List.of(at(file, 2, 33, "invalid fault kind 'crash'; valid values: down, tempfail, slow")),
                problems(file));
    }

    @Test
    void delayOnlyAndAlwaysForSlowFaults() {
        Path file = simulationFile("""
                faults:
                  - { node: onprem, kind: tempfail, until: 1h, delay: 30s }
                  - { node: onprem, kind: slow, until: 1h }
                  - { node: onprem, kind: slow, until: 1h, delay: 0s }
                """ + MESSAGE);
        assertEquals(List.of(
                at(file, 3, 48, "'delay' is only for a slow fault, not tempfail"),
                at(file, 4, 5, "a slow fault needs 'delay', how much longer each SMTP conversation takes"),
                at(file, 5, 51, "'delay' must be longer than 0s")), problems(file));
    }

    @Test
    void untilMustBeAfterFrom() {
        Path file = simulationFile("""
                faults:
                  - { node: onprem, kind: down, from: 2h, until: 1h }
                  - { node: onprem, kind: down, from: 1h, until: 60m }
                  - { node: onprem, kind: down, until: 0s }
                  - { node: onprem, kind: down }
                """ + MESSAGE);
        assertEquals(List.of(
                at(file, 3, 50, "'until' (1h) must be after 'from' (2h)"),
                at(file, 4, 50, "'until' (60m) must be after 'from' (1h)"),
                at(file, 5, 40, "'until' (0s) must be after 'from' (0s)"),
                at(file, 6, 5, "missing required key 'until' in fault")), problems(file));
    }

    @Test
    void faultNodeMustBeANodeOfTheTopology() {
        Path file = simulationFile("""
                faults: [ { node: on-prem, kind: down, until: 1h } ]
                """ + MESSAGE);
        assertEquals(List.of(at(file, 2, 19,
                "'node' names no node of topology 'scenario-4': 'on-prem'; did you mean 'onprem'?")), problems(file));
    }

    @Test
    void faultReplyIsATemporaryReplyOfDownAndTempfailFaults() {
        Path file = simulationFile("""
                faults:
                  - { node: onprem, kind: tempfail, until: 1h, reply: "550 5.7.1 No" }
                  - { node: onprem, kind: slow, until: 1h, delay: 1m, reply: "421 4.3.2 Busy" }
                  - { node: onprem, kind: down, until: 1h, reply: "421 4.3.2 Service not available" }
                """ + MESSAGE);
        assertEquals(List.of(
                at(file, 3, 55, "fault reply '550 5.7.1 No' must be a temporary SMTP reply: three digits starting"
                        + " with 4, e.g. \"421 4.3.2 Service not available\""),
                at(file, 4, 55, "'reply' is only for a down or tempfail fault, not slow")), problems(file));
    }

    @Test
    void horizonMustBePositive() {
        Path file = simulationFile("horizon: 0s\n" + MESSAGE);
        assertEquals(List.of(at(file, 2, 10, "'horizon' must be longer than 0s")), problems(file));
    }

    @Test
    void hopsIsAnIntegerOfAtLeastZero() {
        Path file = simulationFile("""
                messages:
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect:
                      hops: -1
                      derived: [ { kind: forward, to: kate@tailspintoys.com, expect: { hops: two } } ]
                """);
        assertEquals(List.of(
                at(file, 7, 13, "'hops' must be 0 or more, got -1"),
                at(file, 8, 78, "expected an integer for 'hops', got a string 'two'")), problems(file));
    }

    @Test
    void envelopeFromIsAnAddressPatternOfADeliveredCopy() {
        Path file = simulationFile("""
                messages:
                  - name: m
                    from: john@fabrikam.com
                    to: [kate@contoso.com, bob@contoso.com]
                    expect:
                      recipients:
                        - { address: kate@contoso.com, state: delivered, envelopeFrom: "bounces at contoso" }
                        - { address: bob@contoso.com, state: rejected, envelopeFrom: "*@fabrikam.com" }
                """);
        assertEquals(List.of(
                at(file, 8, 72, "malformed envelope sender 'bounces at contoso'; expected an e-mail address (a '*'"
                        + " matches any run of characters), or \"\" or \"<>\" for the null reverse-path"),
                at(file, 9, 56, "'envelopeFrom' is the envelope sender a delivered copy arrived with, so it needs"
                        + " state delivered, not rejected")), problems(file));
    }

    @Test
    void aNullReversePathNeverGivesRiseToAnNdr() {
        Path file = simulationFile("""
                messages:
                  - name: bounce
                    from: "<>"
                    at: fabrikam
                    to: kate@contoso.com
                    expect:
                      derived:
                        - { kind: ndr, to: postmaster@fabrikam.com }
                        - kind: forward
                          to: kate@tailspintoys.com
                          expect: { derived: [ { kind: ndr } ] }
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect:
                      derived: [ { kind: ndr, expect: { derived: [ { kind: ndr } ] } } ]
                """);
        String never = "a message with a null reverse-path never gives rise to an NDR";
        assertEquals(List.of(
                at(file, 9, 19, never),
                at(file, 12, 40, never),
                at(file, 17, 60, never)), problems(file));
    }

    @Test
    void aForwardStillNeedsToAndAnNdrsToIsNeverEmpty() {
        Path file = simulationFile("""
                messages:
                  - name: m
                    from: john@fabrikam.com
                    to: kate@contoso.com
                    expect: { derived: [ { kind: forward }, { kind: ndr, to: [] } ] }
                """);
        assertEquals(List.of(
                at(file, 6, 26, "missing required key 'to' in derived expectation"),
                at(file, 6, 62, "'to' of derived expectation needs at least one item")), problems(file));
    }
}
