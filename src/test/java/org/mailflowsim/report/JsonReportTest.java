package org.mailflowsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.testing.Fixtures.RELAY_DENIED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private final String json = JsonReport.render(SampleResults.runs(), SampleResults.BASE);
    private final JsonNode root = parse(json);

    @Test
    void simulationsCarryFileTopologyAndMessages() {
        JsonNode sim = root.get("simulations").get(0);
        assertEquals("simulations/scenario-4.yaml", sim.get("file").asText());
        assertEquals("scenario-4", sim.get("topology").asText());
        assertEquals("topologies/scenario-4.yaml", sim.get("topologyFile").asText());
        assertEquals(3, sim.get("messages").size());
        assertEquals("simulations/other.yaml", root.get("simulations").get(1).get("file").asText());
    }

    @Test
    void originalMessageHasPathRecipientsHopsAndVerdictButNoCause() {
        JsonNode m = message(0);
        assertEquals("forwarding to tailspintoys", m.get("name").asText());
        assertEquals("original", m.get("kind").asText());
        assertFalse(m.has("cause"));
        assertEquals("[\"fabrikam\",\"exo\",\"onprem\"]", m.get("path").toString());
        JsonNode r = m.get("recipients").get(0);
        assertEquals("kate@contoso.com", r.get("address").asText());
        assertEquals("delivered", r.get("state").asText());
        assertEquals("onprem", r.get("node").asText());
        assertEquals("kate@contoso.com", r.get("mailbox").asText());
        assertFalse(r.has("code"), "code only where one applies");
        assertFalse(r.has("envelopeFrom"), "envelopeFrom only where the trace recorded it");
        JsonNode hop = m.get("hops").get(1);
        assertEquals("To on-prem", hop.get("outboundConnector").asText());
        assertTrue(hop.get("tls").asBoolean());
        assertTrue(m.get("hops").get(0).get("outboundConnector").isNull());
        assertTrue(m.get("met").asBoolean());
        assertTrue(m.get("checked").asBoolean());
    }

    @Test
    void derivedMessagesNameTheirCause() {
        JsonNode forward = message(1);
        assertEquals("forward", forward.get("kind").asText());
        assertEquals("forwarding to tailspintoys", forward.get("cause").asText());
        assertFalse(forward.get("met").asBoolean());
        assertEquals(SampleResults.FORWARD_MISMATCH, forward.get("mismatches").get(0).asText());
        JsonNode r = forward.get("recipients").get(0);
        assertEquals("rejected", r.get("state").asText());
        assertEquals("exo", r.get("node").asText());
        assertEquals(RELAY_DENIED, r.get("code").asText());

        JsonNode ndr = message(2);
        assertEquals("ndr", ndr.get("kind").asText());
        assertEquals("t2", ndr.get("cause").asText(), "the forward's name (fixtures name derived traces by id)");
        assertTrue(ndr.get("met").asBoolean());
        assertFalse(ndr.get("checked").asBoolean());
        assertEquals("", ndr.get("recipients").get(0).get("envelopeFrom").asText(), "the null reverse-path");
    }

    @Test
    void summaryCountsMessagesAndVerdicts() {
        JsonNode s = root.get("summary");
        assertEquals(4, s.get("messages").asInt());
        assertEquals(2, s.get("met").asInt());
        assertEquals(2, s.get("notMet").asInt());
        assertEquals(1, s.get("passed").asInt());
        assertEquals(2, s.get("failed").asInt());
    }

    @Test
    void isPrettyPrintedWithUnixNewlines() {
        assertTrue(json.startsWith("{\n  \"simulations\""), json);
        assertFalse(json.contains("\r"));
    }

    private JsonNode message(int i) {
        return root.get("simulations").get(0).get("messages").get(i);
    }

    private static JsonNode parse(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
