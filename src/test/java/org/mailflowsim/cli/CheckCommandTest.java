package org.mailflowsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mailflow check}: the output format and exit status 0 (clean) / 1 (findings) / 2 (bad input). */
class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... args) {
        CommandLine cl = Mailflow.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("check"), Stream.of(args)).toArray(String[]::new);
        return cl.execute(all);
    }

    @Test
    void findingsArePrintedWithFileLineColumnRuleAndFixAndExitOne() {
        String file = "topologies/scenario-4-ip-connector.yaml";
        assertEquals(Mailflow.NOT_MET, check(file), err.toString());
        List<String> lines = out.toString().lines().toList();
        int at = 0;
        while (!lines.get(at).startsWith(file + ":")) {
            at++;
        }
        assertTrue(lines.get(at).matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: connector-by-ip: .+"), lines.get(at));
        assertTrue(lines.get(at + 1).startsWith("    fix: "), lines.get(at + 1));
        assertTrue(out.toString().contains("scenario-4-ip-connector: "), "a summary line per topology");
        assertTrue(lines.get(lines.size() - 1).matches("1 topologies checked, 1 with findings, \\d+ findings"),
                lines.get(lines.size() - 1));
    }

    @Test
    void documentedScenarioExitsZero() {
        assertEquals(Mailflow.MET, check("topologies/scenario-3-mx-onprem-cmt.yaml"), out.toString());
        assertTrue(out.toString().contains("scenario-3-mx-onprem-cmt: no findings"), out.toString());
    }

    @Test
    void badInputExitsTwoWithTheLoadersProblems(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.yaml"), "name: broken\nnodes:\n  - name: x\n    rol: internet\n");
        assertEquals(Mailflow.BAD_INPUT, check(file.toString()));
        assertTrue(err.toString().lines().anyMatch(l -> l.matches(".*broken\\.yaml:\\d+:\\d+: .+")), err.toString());
    }

    @Test
    void withoutArgumentsEveryTopologyIsChecked() throws Exception {
        int status = check();
        assertEquals(Mailflow.NOT_MET, status, "the broken variants have findings: " + err);
        try (Stream<Path> files = Files.list(Path.of("topologies"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertTrue(out.toString().contains("== " + p + " ("), "checked " + p);
            }
        }
    }

    @Test
    void jsonNamesFileLineRuleAndFix() throws Exception {
        assertEquals(Mailflow.NOT_MET, check("--format", "json", "topologies/scenario-2-cmt-scoped-loop.yaml"));
        JsonNode topology = new ObjectMapper().readTree(out.toString()).get("topologies").get(0);
        assertEquals("scenario-2-cmt-scoped-loop", topology.get("topology").asText());
        boolean cycle = false;
        for (JsonNode f : topology.get("findings")) {
            assertTrue(f.get("line").asInt() > 0 && f.has("column") && f.has("message") && f.has("fix"), f.toString());
            cycle |= f.get("rule").asText().equals("routing-cycle");
        }
        assertTrue(cycle, out.toString());
    }
}
