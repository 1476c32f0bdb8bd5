package org.mailflowsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command's contract: output, JSON names, and exit status 0 / 1 / 2. */
class RunCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Mailflow.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void textRunPrintsNumberedHopsAndExitsZeroWhenAllMet() {
        int status = run("run", "simulations/scenario-4-mx-onprem-relay-via-exo.yaml");
        assertEquals(Mailflow.MET, status, out + "\n" + err);
        String text = out.toString();
        assertTrue(text.contains("1. onprem → exo"), text);
        assertTrue(text.contains("[in: 'Inbound from on-prem' (OnPremises, by certificate)]"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\d+ passed, 0 failed")), text);
    }

    @Test
    void jsonRunKeepsTheStableNamesAndLinksForwardsToTheirCause() throws Exception {
        int status = run("run", "--format", "json", "simulations/scenario-4-ip-connector.yaml");
        assertEquals(Mailflow.MET, status, err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode sim = root.get("simulations").get(0);
        assertTrue(sim.get("file").asText().endsWith("scenario-4-ip-connector.yaml"));
        assertEquals("scenario-4-ip-connector", sim.get("topology").asText());
        JsonNode forward = null;
        for (JsonNode m : sim.get("messages")) {
            assertTrue(m.has("name") && m.has("path") && m.has("recipients") && m.has("met"), m.toString());
            if (m.get("kind").asText().equals("forward")) {
                assertTrue(m.has("cause"), "a derived message names its cause");
                forward = m;
            }
        }
        assertTrue(forward != null, "the forwarded copy is a message of its own");
        JsonNode r = forward.get("recipients").get(0);
        assertEquals("kate@tailspintoys.com", r.get("address").asText());
        assertEquals("rejected", r.get("state").asText());
        assertEquals("exo", r.get("node").asText());
        assertTrue(r.get("code").asText().startsWith("550 5.7.64"), r.toString());
    }

    @Test
    void unmetExpectationExitsOneAndShowsExpectedBesideActual(@TempDir Path dir) throws Exception {
        String sim = Files.readString(Path.of("simulations/scenario-1-mx-exo.yaml"))
                .replace("../topologies/", Path.of("topologies").toAbsolutePath() + "/")
                .replaceFirst("state: delivered", "state: rejected");
        Path file = dir.resolve("changed.yaml");
        Files.writeString(file, sim);
        assertEquals(Mailflow.NOT_MET, run("run", file.toString()), err.toString());
        assertTrue(out.toString().contains("expected rejected"), out.toString());
        assertTrue(out.toString().contains("actual delivered"), out.toString());
    }

    @Test
    void badInputExitsTwoWithFileLineColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "topology: nowhere.yaml\nmessages:\n  - name: x\n    form: a@b.com\n");
        assertEquals(Mailflow.BAD_INPUT, run("run", file.toString()));
        assertTrue(err.toString().lines().anyMatch(l -> l.matches(".*broken\\.yaml:\\d+:\\d+: .+")), err.toString());
        assertFalse(out.toString().contains("passed"), "nothing runs on bad input");
    }
}
