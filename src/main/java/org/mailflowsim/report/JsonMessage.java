package org.mailflowsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.Hop;
import org.mailflowsim.trace.SpfCheck;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/** One entry of {@code messages[]} in the {@link JsonReport}. */
final class JsonMessage {

    private JsonMessage() {
    }

    static ObjectNode of(ObjectMapper mapper, MessageResult m, Lineage lineage) {
        MessageTrace t = m.trace();
        ObjectNode n = mapper.createObjectNode();
        n.put("name", t.name());
        n.put("kind", t.kind().jsonName());
        if (t.kind() != MessageKind.ORIGINAL) {
            lineage.causeName(t).ifPresent(c -> n.put("cause", c));
        }
        strings(n.putArray("path"), t.path());
        ArrayNode hops = n.putArray("hops");
        t.hops().forEach(h -> hop(hops.addObject(), h));
        ArrayNode recipients = n.putArray("recipients");
        t.recipients().forEach(r -> recipient(recipients.addObject(), r));
        n.put("checked", m.expected().isPresent());
        n.put("met", m.met());
        strings(n.putArray("mismatches"), m.mismatches());
        return n;
    }

    // Hop fields are always present (null when absent) so every hop has the same shape.
    private static void hop(ObjectNode n, Hop h) {
        n.put("from", h.from());
        n.put("to", h.to());
        n.put("outboundConnector", h.outboundConnector().orElse(null));
        n.put("direct", h.direct());
        n.put("inboundConnector", h.inboundConnector().orElse(null));
        n.put("tls", h.tls());
        n.put("receiverCertificate", h.receiverCertificate().orElse(null));
        n.put("senderCertificate", h.senderCertificate().orElse(null));
        n.put("reply", h.reply());
        strings(n.putArray("recipients"), h.recipients());
        if (h.spf().isPresent()) {
            SpfCheck spf = h.spf().get();
            ObjectNode o = n.putObject("spf");
            o.put("result", spf.result());
            o.put("ip", spf.ip());
            o.put("domain", spf.domain());
            o.put("identity", spf.identity());
            o.put("explanation", spf.explanation());
            o.put("skippedIp", spf.skippedIp().orElse(null));
        } else {
            n.putNull("spf");
        }
    }

    private static void recipient(ObjectNode n, RecipientOutcome r) {
        EndState s = r.state();
        n.put("address", r.address());
        n.put("state", s.kind().jsonName());
        n.put("node", s.node());
        putIfPresent(n, "code", s.code());
        putIfPresent(n, "mailbox", s.mailbox());
        putIfPresent(n, "envelopeFrom", s.envelopeFrom());
        n.put("reason", s.reason());
        strings(n.putArray("path"), r.path());
    }

    private static void putIfPresent(ObjectNode n, String field, Optional<String> value) {
        value.ifPresent(v -> n.put(field, v));
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
