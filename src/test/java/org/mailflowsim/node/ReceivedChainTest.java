package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailflowsim.trace.MessageTrace;

/**
 * Every hop stamps an RFC 5321 Received header with the simulated names and public addresses, and the chain in
 * the delivered message tells the same story as the trace (design.md §3 "every hop is visible twice").
 */
class ReceivedChainTest {

    @Test
    void cmtRoundTripLeavesThreeReceivedHeadersMatchingTheTrace() throws Exception {
        try (LabFixture f = new LabFixture(LabFixture.topology("scenario-2-mx-exo-cmt.yaml"))) {
            MessageTrace trace = f.send("cmt inbound", "fabrikam", "john@fabrikam.com", "ann@contoso.com");
            assertEquals(List.of("fabrikam", "exo", "onprem", "exo"), trace.path());

            List<DeliveredMessage> box = f.lab.node("exo").mailbox("ann@contoso.com");
            assertEquals(1, box.size());
            List<String> received = receivedHeaders(box.get(0).content());
            assertEquals(3, received.size(), received.toString());
            // Newest first: exo got it back from on-prem over TLS, on-prem from exo, exo from fabrikam.
            assertTrue(received.get(0).matches("Received: from mail\\.contoso\\.com \\(mail\\.contoso\\.com "
                    + "\\[131\\.107\\.21\\.231]\\) by contoso-com\\.mail\\.protection\\.outlook\\.com \\(104\\.47\\.58\\.110\\) "
                    + "with ESMTPS id EXO-\\d+ for <ann@contoso\\.mail\\.onmicrosoft\\.com>; .+"), received.get(0));
            assertTrue(received.get(1).startsWith("Received: from contoso-com.mail.protection.outlook.com "
                    + "(contoso-com.mail.protection.outlook.com [104.47.58.110]) by mail.contoso.com (131.107.21.231)"),
                    received.get(1));
            assertTrue(received.get(2).startsWith("Received: from mail.fabrikam.com (mail.fabrikam.com "
                    + "[198.51.100.25]) by contoso-com.mail.protection.outlook.com"), received.get(2));
        }
    }

    private static List<String> receivedHeaders(RawMessage m) {
        String text = new String(m.bytes(), StandardCharsets.UTF_8);
        String head = text.substring(0, text.indexOf("\r\n\r\n"));
        List<String> out = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            if (line.startsWith("Received:")) {
                out.add(line);
            }
        }
        return out;
    }
}
