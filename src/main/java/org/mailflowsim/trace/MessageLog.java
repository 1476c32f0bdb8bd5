package org.mailflowsim.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /**
     * The copies still travelling, by the address each travels under now; a copy stands for the original recipients
     * it carries (one, or several whose addresses a node resolved to the same one). Two copies may share an address
     * (a recipient and another one rewritten to it, on different branches): each ends once, so each original does.
     */
    private final Map<String, Deque<Set<String>>> copies = new HashMap<>();
    /** Every original recipient an address has stood for (for paths). */
    private final Map<String, Set<String>> stoodFor = new HashMap<>();
    /** The originals of the copy that last ended under an address: a further end of it is recorded as a duplicate. */
    private final Map<String, Set<String>> lastEnded = new HashMap<>();
    /** End states by original recipient (lower case). */
    private final Map<String, List<EndState>> ends = new LinkedHashMap<>();

    MessageLog(String id, String name, MessageKind kind, Optional<String> causeId, String origin, String sender,
               List<String> recipients) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.causeId = causeId;
        this.origin = origin;
        this.sender = sender;
        this.recipients = List.copyOf(recipients);
        for (String r : this.recipients) {
            copies.computeIfAbsent(key(r), k -> new ArrayDeque<>()).add(new LinkedHashSet<>(Set.of(key(r))));
            stoodFor.put(key(r), new LinkedHashSet<>(Set.of(key(r))));
        }
    }

    /**
     * Addresses are compared in lower case: nodes lower-case recipients at RCPT, while a sender (which an NDR is
     * addressed to) keeps its case, e.g. an SRS address.
     */
    static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    /** The end states of an original recipient. */
    List<EndState> endsOf(String recipient) {
        return ends.getOrDefault(key(recipient), List.of());
    }

    /** The copy addressed {@code from} travels on as {@code to}. */
    void rewrite(String from, String to) {
        Set<String> copy = take(from);
        copies.computeIfAbsent(key(to), k -> new ArrayDeque<>()).addLast(copy);
        stoodFor.computeIfAbsent(key(to), k -> new LinkedHashSet<>()).addAll(copy);
    }

    /** The copy addressed {@code from} is dropped as a duplicate of one addressed {@code into}, which stands for both. */
    void merge(String from, String into) {
        Set<String> copy = take(from);
        Deque<Set<String>> live = copies.computeIfAbsent(key(into), k -> new ArrayDeque<>());
        if (live.isEmpty()) {
            live.addLast(copy);
        } else {
            live.peekFirst().addAll(copy);
        }
        stoodFor.computeIfAbsent(key(into), k -> new LinkedHashSet<>()).addAll(copy);
    }

    /** A copy addressed {@code address} ended: so did every original recipient it stands for. */
    void end(String address, EndState state) {
        Set<String> copy = take(address);
        copy.forEach(o -> ends.computeIfAbsent(o, k -> new ArrayList<>()).add(state));
        lastEnded.put(key(address), copy);
    }

    /** A live copy under this address, or (for a copy that should not exist) the one that ended last under it. */
    private Set<String> take(String address) {
        Deque<Set<String>> live = copies.get(key(address));
        if (live != null && !live.isEmpty()) {
            return live.pollFirst();
        }
        return new LinkedHashSet<>(lastEnded.getOrDefault(key(address), Set.of(key(address))));
    }

    boolean complete() {
        return recipients.stream().allMatch(r -> ends.containsKey(key(r)));
    }

    MessageTrace toTrace() {
        List<RecipientOutcome> outcomes = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        for (String r : recipients) {
            List<String> path = pathOf(r);
            paths.add(path);
            List<EndState> e = endsOf(r);
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
        String original = key(recipient);
        for (Hop h : filledHops()) {
            if (h.recipients().stream().anyMatch(a -> standsFor(a).contains(original))) {
                path.add(h.to());
            }
        }
        return path;
    }

    private Set<String> standsFor(String address) {
        return stoodFor.getOrDefault(key(address), Set.of(key(address)));
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
