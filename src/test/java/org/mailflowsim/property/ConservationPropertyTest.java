package org.mailflowsim.property;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mailflowsim.node.Lab;
import org.mailflowsim.node.SimClock;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SpamFilterMode;
import org.mailflowsim.trace.EndState;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Journal;
import org.mailflowsim.trace.MessageKind;
import org.mailflowsim.trace.MessageTrace;
import org.mailflowsim.trace.RecipientOutcome;

/**
 * Conservation and termination over many random small worlds (issue: "every injected message, every NDR and every
 * forward reaches exactly one end state per recipient"). Each seed builds a world ({@link RandomWorlds}), runs it in
 * a real {@link Lab} over loopback SMTP, drives simulated time as the simulation runner does, and checks that the
 * world comes to rest and that every recipient of every message ended exactly once, in a plausible way.
 * <p>
 * {@code -Dmailflow.seed=N} replays one seed; {@code -Dmailflow.seeds=N} and {@code -Dmailflow.firstSeed=N} choose
 * how many and which.
 */
class ConservationPropertyTest {
    private static final int SEEDS = Integer.getInteger("mailflow.seeds", 60);
    private static final long FIRST_SEED = Long.getLong("mailflow.firstSeed", 1);
    /** Wall-clock bound for one world to come to rest: far above what a healthy world needs (well under a second). */
    private static final Duration REST = Duration.ofSeconds(20);
    /**
     * More messages than this (originals, forwards and NDRs) in one small world is a runaway that would never come to
     * rest: fail then rather than fill the heap. The journal numbers messages m1, m2, … so the check is one lookup.
     */
    private static final int RUNAWAY = 2_000;
    /**
     * Accepted hops a looped copy may show beyond the highest hop limit: the refusing hop reads 2xx when it accepted
     * other recipients, and one to spare.
     */
    private static final int HOP_SLACK = 2;

    /** With {@code -Dmailflow.stats=true}: how often each (message kind, end state) occurred, to judge the worlds. */
    private static final Map<String, Integer> STATS = new ConcurrentSkipListMap<>();

    @AfterAll
    static void printStats() {
        if (!STATS.isEmpty()) {
            System.out.println("end states over all worlds: " + STATS);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecipientOfEveryMessageEndsExactlyOnceAndEveryWorldComesToRest() {
        return seeds().mapToObj(seed -> dynamicTest("seed " + seed, () -> check(RandomWorlds.generate(seed))));
    }

    private static LongStream seeds() {
        String one = System.getProperty("mailflow.seed");
        return one != null ? LongStream.of(Long.parseLong(one.trim()))
                : LongStream.range(FIRST_SEED, FIRST_SEED + SEEDS);
    }

    private static void check(World world) {
        Journal journal = new Journal();
        try (Lab lab = Lab.start(world.topology(), journal, new SimClock(), world.faultPlan())) {
            for (World.Message m : world.messages()) {
                lab.injectAt(m.sendAt(), m.name(), m.at(), m.from(), m.to(), m.name(), m.body(), m.connectTo());
            }
            String unrest = settle(lab, journal, world.horizon());
            if (!unrest.isEmpty()) {
                List<String> why = new ArrayList<>(List.of("(a) termination: " + unrest));
                journal.unaccounted().forEach(u -> why.add("    waiting for: " + u));
                fail(report(world, journal, why));
            }
        }
        if (Boolean.getBoolean("mailflow.stats")) {
            journal.traces().forEach(t -> t.recipients().forEach(o -> STATS.merge(t.kind().jsonName() + " "
                    + o.state().kind().jsonName() + o.state().enhancedCode().filter(c -> c.startsWith("5.7"))
                    .map(c -> " " + c).orElse("") + (o.state().code().orElse("").contains("as spam") ? " spam" : ""),
                    1, Integer::sum)));
        }
        List<String> breaches = breaches(world, journal);
        if (!breaches.isEmpty()) {
            fail(report(world, journal, breaches));
        }
    }

    /**
     * Exactly SimulationRunner.settle, with Awaitility: whenever every node is idle, jump to the next scheduled moment
     * before the horizon; then end what still waits and wait for quiescence. Returns why it did not come to rest.
     */
    private static String settle(Lab lab, Journal journal, Duration horizon) {
        long deadline = System.nanoTime() + REST.toNanos();
        try {
            do {
                await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(left(deadline))
                        .until(() -> journal.idle() || runaway(journal));
            } while (!runaway(journal) && lab.advance(horizon));
            lab.stopAtHorizon();
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(left(deadline))
                    .until(() -> journal.quiescent() || runaway(journal));
            return runaway(journal) ? "runaway: more than " + RUNAWAY + " messages derived (simulated "
                    + lab.clock().elapsed() + ")" : "";
        } catch (ConditionTimeoutException e) {
            return "not at rest after " + REST.toSeconds() + " s (wall clock): " + journal.inFlight()
                    + " message(s) still being handled at simulated " + lab.clock().elapsed();
        }
    }

    private static boolean runaway(Journal journal) {
        return journal.nameOf("m" + RUNAWAY).isPresent();
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }

    /** Properties (b) to (f); (a) is checked by {@link #settle}. */
    static List<String> breaches(World world, Journal journal) {
        List<String> out = new ArrayList<>();
        journal.unaccounted().forEach(u -> out.add("(b) conservation: " + u));
        List<MessageTrace> traces = journal.traces();
        Set<String> injected = traces.stream().filter(t -> t.kind() == MessageKind.ORIGINAL).map(MessageTrace::name)
                .collect(Collectors.toSet());
        world.messages().stream().filter(m -> m.sendAt().compareTo(world.horizon()) <= 0)
                .filter(m -> !injected.contains(m.name()))
                .forEach(m -> out.add("(b) message " + m.name() + " is due before the horizon but was never sent"));
        Map<String, MessageTrace> byId = traces.stream()
                .collect(Collectors.toMap(MessageTrace::id, Function.identity()));
        Map<String, NodeSpec> nodes = world.topology().nodes().stream()
                .collect(Collectors.toMap(NodeSpec::name, Function.identity()));
        int hopBound = world.maxHopCount() + HOP_SLACK;
        Set<String> spam = world.messages().stream().filter(World.Message::spam).map(World.Message::name)
                .collect(Collectors.toSet());
        for (MessageTrace t : traces) {
            String what = t.kind().jsonName() + " " + t.id() + " '" + t.name() + "'";
            if ((t.kind() == MessageKind.ORIGINAL) != t.causeId().isEmpty()
                    || t.causeId().isPresent() && !byId.containsKey(t.causeId().get())) {
                out.add("(c) " + what + " has cause " + t.causeId() + ", which is not a message of the run");
            }
            if (t.kind() == MessageKind.NDR) {
                String causeSender = t.causeId().map(byId::get).map(MessageTrace::sender).orElse("");
                if (causeSender.isEmpty()) {
                    out.add("(d) " + what + " was generated for a message with the null sender");
                }
                if (!t.sender().isEmpty()) {
                    out.add("(d) " + what + " is sent from <" + t.sender() + ">, not from the null sender");
                }
            }
            if (!nodes.containsKey(t.origin())) {
                out.add("(f) " + what + " starts at " + t.origin() + ", which is not a node of the topology");
            }
            for (RecipientOutcome o : t.recipients()) {
                EndState s = o.state();
                String who = what + " recipient " + o.address() + " (" + s.kind().jsonName() + " at " + s.node() + ")";
                NodeSpec at = nodes.get(s.node());
                if (at == null) {
                    out.add("(f) " + who + ": its end state names no node of the topology");
                } else {
                    implausible(s, at, spam(t, byId, spam)).ifPresent(x -> out.add("(e) " + who + ": " + x));
                }
                o.path().stream().filter(n -> !nodes.containsKey(n)).findFirst().ifPresent(n ->
                        out.add("(f) " + who + ": its path " + o.path() + " goes through " + n + ", not a node"));
                // Both bound the accepted hops that carried this recipient; the path is the tighter one when
                // another recipient's rewritten copy loops separately (its hops would count here too).
                long relayed = Math.min(relayedHops(t, o.address()), o.path().size() - 1L);
                if (s.kind() == EndStateKind.LOOPED && relayed > hopBound) {
                    out.add("(f) " + who + ": looped after " + relayed + " accepted hops, more than the hop limit "
                            + world.maxHopCount() + " + " + HOP_SLACK);
                }
            }
            t.hops().stream().filter(h -> !nodes.containsKey(h.from()) || !nodes.containsKey(h.to())).findFirst()
                    .ifPresent(h -> out.add("(f) " + what + " has a hop " + h.from() + " → " + h.to()
                            + " between unknown nodes"));
        }
        return out;
    }

    /**
     * Why an end state could not have happened at that node, per kind (the switch names every kind, so a new one
     * fails to compile here until it is judged): delivered into one of its mailboxes; quarantined only by a node
     * that quarantines spam, and only a GTUBE message or one derived from it (a forward, or an NDR quoting it);
     * refused on SPF, by the Partner lock-down or as spam only by a node set to refuse that.
     */
    private static Optional<String> implausible(EndState s, NodeSpec at, boolean spam) {
        return switch (s.kind()) {
            case DELIVERED -> s.mailbox().isPresent() && at.mailboxes().stream()
                    .anyMatch(b -> b.address().equals(s.mailbox().get())) ? Optional.empty()
                    : Optional.of("delivered to " + s.mailbox() + ", which is not a mailbox of that node");
            case QUARANTINED -> at.spamFilter() != SpamFilterMode.QUARANTINE
                    ? Optional.of("quarantined by a node whose spam filter is " + at.spamFilter().yamlName())
                    : spam ? Optional.empty() : Optional.of("quarantined, but no GTUBE message led to it");
            case REJECTED -> refusedWithoutReason(s, at, spam);
            case BOUNCED, DROPPED, LOOPED, EXPIRED, DEFERRED -> Optional.empty();
        };
    }

    /** A refusal for SPF, the Partner lock-down or spam needs a refusing node configured to refuse it. */
    private static Optional<String> refusedWithoutReason(EndState s, NodeSpec at, boolean spam) {
        String code = s.enhancedCode().orElse("");
        if ((code.equals("5.7.23") || code.equals("5.7.24")) && at.spf().reject().isEmpty()) {
            return Optional.of("refused on SPF by a node that refuses no SPF result");
        }
        if (code.equals("5.7.51") && (at.role() != Role.EXCHANGE_ONLINE || at.inboundConnectors().stream()
                .noneMatch(c -> c.restrictDomainsToCertificate() || c.restrictDomainsToIps()))) {
            return Optional.of("refused by the Partner lock-down at a node without a restricted Partner connector");
        }
        if (s.code().orElse("").contains("rejected as spam") && (at.spamFilter() != SpamFilterMode.REJECT || !spam)) {
            return Optional.of("refused as spam by a node whose spam filter is " + at.spamFilter().yamlName()
                    + (spam ? "" : ", and no GTUBE message led to it"));
        }
        return Optional.empty();
    }

    /** Whether the message, or the original it derives from, carries GTUBE. */
    private static boolean spam(MessageTrace t, Map<String, MessageTrace> byId, Set<String> spamNames) {
        MessageTrace root = t;
        for (int guard = 0; root.causeId().isPresent() && byId.containsKey(root.causeId().get()) && guard < RUNAWAY;
                guard++) {
            root = byId.get(root.causeId().get());
        }
        return root.kind() == MessageKind.ORIGINAL && spamNames.contains(root.name());
    }

    /**
     * SMTP transactions the receiver accepted (2xx) that carried the recipient: each adds a Received header, so the
     * hop limit bounds them (failed attempts of retries do not). A hop that carries only rewritten addresses (routing
     * or target addresses) counts for every recipient of the message: exact for one recipient, an upper bound else.
     */
    private static long relayedHops(MessageTrace t, String recipient) {
        List<String> originals = t.recipients().stream().map(RecipientOutcome::address).toList();
        return t.hops().stream().filter(h -> h.reply().startsWith("2"))
                .filter(h -> h.recipients().contains(recipient)
                        || h.recipients().stream().noneMatch(originals::contains))
                .count();
    }

    private static String report(World world, Journal journal, List<String> breaches) {
        StringBuilder b = new StringBuilder("seed " + world.seed() + " breaks " + breaches.size()
                + " propert" + (breaches.size() == 1 ? "y" : "ies") + " (replay: mvn test"
                + " -Dtest=ConservationPropertyTest -Dmailflow.seed=" + world.seed() + ")\n");
        breaches.stream().limit(20).forEach(x -> b.append("  ").append(x).append('\n'));
        b.append(world.describe());
        b.append("journal: ").append(journal.inFlight()).append(" in flight\n");
        journal.traces().stream().limit(40).forEach(t -> b.append("  ").append(t.kind().jsonName()).append(' ')
                .append(t.id()).append(" '").append(t.name()).append("' <").append(t.sender()).append("> path ")
                .append(t.path()).append(' ').append(t.recipients().stream().map(o -> o.address() + "="
                        + o.state().kind().jsonName() + "@" + o.state().node() + o.state().code().map(c -> " " + c)
                        .orElse("")).toList()).append('\n'));
        // The world as files, to keep and replay with `mailflow run seed-N.sim.yaml` outside the test.
        b.append("--- seed-").append(world.seed()).append(".yaml\n").append(WorldYaml.of(world.topology()))
                .append("--- seed-").append(world.seed()).append(".sim.yaml\n")
                .append(WorldYaml.simulation(world, "seed-" + world.seed() + ".yaml"));
        return b.toString();
    }
}
