package org.mailflowsim.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mailflowsim.simulation.MessageResult;
import org.mailflowsim.simulation.SimulationResult;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;

/** Who caused whom within one simulation: labels such as {@code NDR of forward of 'x'} and nesting depth. */
final class Lineage {
    // Cause chains are short in practice; the cap only guards against a malformed cycle.
    private static final int MAX_DEPTH = 32;
    private final Map<String, MessageTrace> byId = new HashMap<>();

    Lineage(SimulationResult sim) {
        for (MessageResult m : sim.messages()) {
            byId.putIfAbsent(m.trace().id(), m.trace());
        }
    }

    Optional<MessageTrace> cause(MessageTrace t) {
        return t.causeId().map(byId::get);
    }

    /** The name of the causing message, or its bare id when that message is not in the result. */
    Optional<String> causeName(MessageTrace t) {
        return cause(t).map(MessageTrace::name).or(t::causeId);
    }

    int depth(MessageTrace t) {
        int depth = 0;
        for (Optional<MessageTrace> c = cause(t); c.isPresent() && depth < MAX_DEPTH; c = cause(c.get())) {
            depth++;
        }
        return depth;
    }

    String label(MessageTrace t) {
        return label(t, 0);
    }

    private String label(MessageTrace t, int depth) {
        if (t.kind() == MessageKind.ORIGINAL) {
            return t.name();
        }
        Optional<MessageTrace> cause = cause(t);
        String of;
        if (cause.isPresent() && cause.get().kind() != MessageKind.ORIGINAL && depth < MAX_DEPTH) {
            of = label(cause.get(), depth + 1);
        } else {
            of = "'" + causeName(t).orElse(t.name()) + "'";
        }
        return kindWord(t.kind()) + " of " + of;
    }

    static String kindWord(MessageKind k) {
        return k == MessageKind.NDR ? "NDR" : k.jsonName();
    }
}
