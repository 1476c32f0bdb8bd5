package org.mailflowsim.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the journal knows of one message; guarded by the journal's lock. */
final class MessageLog {
    final String id;
    final String name;
    final MessageKind kind;
    final Optional<String> causeId;
    final String origin;
    final String sender;
    final List<String> recipients;
    final List<Hop> hops = new ArrayList<>();
    /** Later address → the recipient as originally addressed. */
    final Map<String, String> aliases = new HashMap<>();
    final Map<String, List<EndState>> ends = new LinkedHashMap<>();

    MessageLog(String id, String name, MessageKind kind, Optional<String> causeId, String origin, String sender,
               List<String> recipients) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.causeId = causeId;
        this.origin = origin;
        this.sender = sender;
        this.recipients = List.copyOf(recipients);
    }

    String original(String address) {
        return aliases.getOrDefault(address, address);
    }

    boolean complete() {
        for (String r : recipients) {
            if (!ends.containsKey(r)) {
                return false;
            }
        }
        return true;
    }

    MessageTrace toTrace() {
        List<RecipientOutcome> outcomes = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        for (String r : recipients) {
            List<String> path = pathOf(r);
            paths.add(path);
            List<EndState> e = ends.getOrDefault(r, List.of());
            EndState state = e.isEmpty()
                    ? new EndState(EndStateKind.DROPPED, origin, Optional.empty(), Optional.empty(),
                    "UNACCOUNTED: no end state was recorded (conservation breach)", Optional.empty())
                    : e.get(0);
            outcomes.add(new RecipientOutcome(r, path, state));
        }
        return new MessageTrace(id, name, kind, causeId, origin, sender, filledHops(), mergePaths(paths), outcomes);
    }

    /** The nodes a recipient's copy went through: the origin, then the receiver of each hop that carried it. */
    private List<String> pathOf(String recipient) {
        List<String> path = new ArrayList<>(List.of(origin));
        for (Hop h : filledHops()) {
            if (h.recipients().stream().anyMatch(a -> original(a).equals(recipient))) {
                path.add(h.to());
            }
        }
        return path;
    }

    private List<Hop> filledHops() {
        return hops.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * One path for the message: the first recipient's, extended by where each other recipient's path leaves
     * it. Deterministic whatever order concurrent hops happened in.
     */
    private static List<String> mergePaths(List<List<String>> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        List<String> merged = new ArrayList<>(paths.get(0));
        for (List<String> p : paths.subList(1, paths.size())) {
            int common = 0;
            while (common < p.size() && common < merged.size() && p.get(common).equals(merged.get(common))) {
                common++;
            }
            merged.addAll(p.subList(common, p.size()));
        }
        return merged;
    }
}
