package org.mailflowsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A functional check of {@code mailflow bench} with a few messages: no timing is asserted. */
class BenchCommandTest {
    @Test
    void smallRunDeliversEveryMessageThroughScenarioTwo() {
        StringWriter out = new StringWriter();
        CommandLine cl = Mailflow.commandLine();
        cl.setOut(new PrintWriter(out));
        int status = cl.execute("bench", "--messages", "20", "--concurrency", "4", "--warmup", "5", "--single", "3");
        String text = out.toString();
        assertEquals(Mailflow.MET, status, text);
        assertTrue(text.contains("end states            delivered 28 of 28 messages sent"), text);
        assertTrue(text.contains("3.00 hops/message"), text);
        assertTrue(text.contains("all delivered"), text);
    }

    @Test
    void unknownSenderIsBadInput() {
        CommandLine cl = Mailflow.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(Mailflow.BAD_INPUT, cl.execute("bench", "--messages", "1", "--from", "nobody@nowhere.example"));
    }
}
