package org.mailflowsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.testing.Fixtures.RELAY_DENIED;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private final String text = TextReport.render(SampleResults.runs(), SampleResults.BASE);
    private final List<String> lines = text.lines().toList();

    @Test
    void headerNamesFileAndTopologyRelativeWhenBelowTheBase() {
        assertLine("Simulation simulations/scenario-4.yaml");
        assertLine("Topology   scenario-4 (topologies/scenario-4.yaml)");
        assertLine("Simulation simulations/other.yaml");
        assertLine("Topology   scenario-1 (/elsewhere/scenario-1.yaml)");
    }

    @Test
    void numbersHopsWithConnectorsTlsAndReply() {
        assertLine("    path: fabrikam → exo → onprem");
        assertLine("    1. fabrikam → exo  [out: MX] [in: -] "
                + "TLS (receiver cert: mail.protection.outlook.com, sender cert: -) — 250 2.6.0 Queued");
        assertLine("    2. exo → onprem  [out: To on-prem] [in: From EXO] "
                + "TLS (receiver cert: mail.contoso.com, sender cert: mail.protection.outlook.com) — 250 2.6.0 Queued");
        assertLine("      1. onprem → exo  [out: Internet via Office 365] [in: -] no TLS — " + RELAY_DENIED);
    }

    @Test
    void showsEndStatesAndIndentsDerivedMessagesUnderTheirCause() {
        assertLine("    ✓ delivered kate@contoso.com at onprem (mailbox kate@contoso.com)");
        assertLine("    forward of 'forwarding to tailspintoys'");
        assertLine("      ✗ rejected kate@tailspintoys.com at exo: " + RELAY_DENIED + " — refused by exo");
        assertLine("      NDR of forward of 'forwarding to tailspintoys'");
        assertLine("        MET (no expectation stated)");
    }

    @Test
    void showsTheEnvelopeSenderOnlyWhenTheTraceRecordedIt() {
        assertLine("        ✓ delivered kate@contoso.com at onprem (mailbox kate@contoso.com) (envelope from <>)");
        assertLine("    ✓ delivered kate@contoso.com at onprem (mailbox kate@contoso.com)");
    }

    @Test
    void verdictPutsExpectedBesideActual() {
        int notMet = lines.indexOf("      NOT MET");
        assertTrue(notMet > 0, text);
        assertEquals("        - " + SampleResults.FORWARD_MISMATCH, lines.get(notMet + 1));
        assertLine("      - no trace for message 'lost'");
        assertLine("    no hops");
    }

    @Test
    void summarisesEachRunAndEndsWithPassedFailed() {
        assertLine("3 messages, 2 met, 1 not met");
        assertLine("1 messages, 0 met, 1 not met");
        // The NDR nobody expected is met but no verdict: 1 passed (the original), 2 failed.
        assertEquals("1 passed, 2 failed", lines.get(lines.size() - 1));
        assertTrue(text.endsWith("failed\n"));
    }

    @Test
    void emptyInputStillEndsWithTheCiLine() {
        assertEquals("0 passed, 0 failed\n", TextReport.render(List.of()));
    }

    @Test
    void isDeterministic() {
        assertEquals(text, TextReport.render(SampleResults.runs(), SampleResults.BASE));
    }

    private void assertLine(String line) {
        assertTrue(lines.contains(line), () -> "missing line:\n" + line + "\nin:\n" + text);
    }
}
