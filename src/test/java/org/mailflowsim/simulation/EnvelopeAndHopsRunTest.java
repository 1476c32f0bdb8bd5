package org.mailflowsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.trace.MessageKind;

/** Over real SMTP: a delivered copy records the envelope sender it arrived with, and hops are counted. */
class EnvelopeAndHopsRunTest {

    @Test
    void envelopeSenderAndHopCountAreChecked(@TempDir Path dir) throws Exception {
        String topology = Path.of("topologies/scenario-4-mx-onprem-relay-via-exo.yaml").toAbsolutePath().toUri()
                .getPath();
        String message = """
                  - name: %s
                    from: john@fabrikam.com
                    to: [kate@contoso.com]
                    expect:
                      hops: %d
                      recipients: [ { address: kate@contoso.com, state: delivered, envelopeFrom: john@fabrikam.com } ]
                      derived:
                        - kind: forward
                          to: [kate@tailspintoys.com]
                          expect:
                            hops: %d
                            recipients:
                              - { address: kate@tailspintoys.com, state: delivered, envelopeFrom: "%s" }
                """;
        Path file = Files.writeString(dir.resolve("s.yaml"), "topology: " + topology + "\nmessages:\n"
                + message.formatted("rewritten", 1, 2, "bounces+SRS=*@contoso.com")
                + message.formatted("wrong", 1, 15, "*@fabrikam.com"));
        LoadedSimulation loaded = SimulationLoader.loadWithTopology(file);

        List<MessageResult> results = SimulationRunner.run(loaded.simulation(), loaded.topology()).messages();

        // Exchange Online relays on-prem's forward of a fabrikam.com sender with SRS (domain.md §7.2, rule 29).
        assertEquals(List.of(List.of(), List.of()), mismatches(results, "rewritten"));
        List<List<String>> wrong = mismatches(results, "wrong");
        assertEquals(List.of(), wrong.get(0));
        assertEquals("hops: expected 15, actual 2", wrong.get(1).get(0));
        assertTrue(wrong.get(1).get(1).matches("kate@tailspintoys\\.com: expected envelope sender \\*@fabrikam\\.com, "
                + "actual bounces\\+SRS=\\w+=\\w+@contoso\\.com"), wrong.get(1).get(1));
        MessageResult kept = results.stream().filter(r -> r.trace().name().equals("rewritten")).findFirst()
                .orElseThrow();
        assertEquals(Optional.of("john@fabrikam.com"), kept.trace().recipients().get(0).state().envelopeFrom());
    }

    /** The mismatches of an original and of its forward. */
    private static List<List<String>> mismatches(List<MessageResult> results, String name) {
        MessageResult original = results.stream().filter(r -> r.trace().name().equals(name)).findFirst().orElseThrow();
        MessageResult forward = results.stream().filter(r -> r.trace().kind() == MessageKind.FORWARD
                && r.trace().causeId().equals(Optional.of(original.trace().id()))).findFirst().orElseThrow();
        return List.of(original.mismatches(), forward.mismatches());
    }
}
