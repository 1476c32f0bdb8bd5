package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;

/**
 * Every NDR the nodes generate in a run — by Exchange Server, Exchange Online and an internet MTA — is read back
 * from the mailbox it landed in and parsed by a parser we did not write: Python's email package.
 */
class GeneratedNdrsTest {
    private static final String SCRIPT = """
            import email, sys
            from email import policy
            for name in sys.argv[1:]:
                with open(name, 'rb') as f:
                    msg = email.message_from_binary_file(f, policy=policy.default)
                blocks = [p for p in msg.walk() if p.get_content_type() == 'message/delivery-status']
                rcpts = blocks[0].get_payload()[1:] if blocks else []
                print('|'.join([name.rsplit('/', 1)[-1], msg.get_content_type(), str(msg.get_param('report-type')),
                                str(sum(len(p.defects) for p in msg.walk()))]
                               + [str(r['Action']) + ' ' + str(r['Status']) for r in rcpts]))
            """;

    @Test
    void everyDeliveredNdrIsAValidDeliveryStatusReport(@TempDir Path dir) throws Exception {
        List<String> expected = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (LabFixture f = new LabFixture(LabFixture.topology("scenario-4-mx-onprem-relay-via-exo.yaml"))) {
            f.send("unknown on-prem recipient", "fabrikam", "john@fabrikam.com", "nobody@contoso.com");
            f.send("unknown internet recipient", "fabrikam", "john@fabrikam.com", "nobody@tailspintoys.com");
            f.send("unknown cloud recipient", "exo", "ann@contoso.com", "nobody@contoso.com");
            for (MessageTrace ndr : f.journal.traces()) {
                if (ndr.kind() != MessageKind.NDR) {
                    continue;
                }
                assertEquals("", ndr.sender(), "an NDR is sent from the null reverse-path");
                var outcome = ndr.recipients().get(0);
                assertEquals(EndStateKind.DELIVERED, outcome.state().kind(), ndr.name() + ": " + outcome.state());
                DeliveredMessage landed = f.lab.node(outcome.state().node()).mailbox(outcome.address()).stream()
                        .filter(d -> d.traceId().equals(ndr.id())).findFirst().orElseThrow();
                Path file = Files.write(dir.resolve(ndr.id() + ".eml"), landed.content().bytes());
                files.add(file);
                MessageTrace cause = f.journal.traces().stream().filter(t -> t.id().equals(ndr.causeId().orElseThrow()))
                        .findFirst().orElseThrow();
                String status = cause.recipients().get(0).state().enhancedCode().orElseThrow();
                expected.add(ndr.id() + ".eml|multipart/report|delivery-status|0|failed " + status);
            }
        }
        assertEquals(3, files.size(), "one NDR per failed message");
        assertEquals(expected, python(dir, files));
    }

    private static List<String> python(Path dir, List<Path> files) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("read.py"), SCRIPT);
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        files.forEach(p -> cmd.add(p.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("python3 is needed for this test (.ci/run installs it): " + e.getMessage());
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("python3 did not finish in 30 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.exitValue() == 0, out);
        return out.lines().toList();
    }
}
