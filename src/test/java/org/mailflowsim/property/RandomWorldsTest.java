package org.mailflowsim.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.node.FaultPlan;
import org.mailflowsim.policy.SpamFilter;
import org.mailflowsim.simulation.LoadedSimulation;
import org.mailflowsim.simulation.SimulationLoader;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SpamFilterMode;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.TopologyLoader;

/**
 * The generator itself: the real loaders accept every world it builds (topology and traffic, written by
 * {@link WorldYaml}) and read back the same world, a seed always gives one world, and the features the worlds should
 * exercise do occur.
 */
class RandomWorldsTest {
    private static final int WORLDS = 300;

    @Test
    void everyGeneratedWorldIsATopologyTheLoaderAcceptsUnchanged(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= WORLDS; seed++) {
            World world = RandomWorlds.generate(seed);
            Path file = dir.resolve("seed-" + seed + ".yaml");
            Files.writeString(file, WorldYaml.of(world.topology()));
            Topology loaded = load(TopologyLoader::load, file, "topology", world);
            World reloaded = new World(seed, loaded, world.messages(), world.faults(), world.horizon());
            assertEquals(world.describe(), reloaded.describe(), "seed " + seed);
            assertTrue(world.topology().nodes().stream().filter(n -> n.role() == Role.EXCHANGE_ONLINE).count() <= 1);
            assertTrue(world.topology().nodes().size() >= 2 && world.topology().nodes().size() <= 5);
        }
    }

    /** The traffic as a simulation file loads back as the same messages, faults and horizon (those it can send). */
    @Test
    void everyGeneratedWorldsTrafficIsASimulationTheLoaderAcceptsUnchanged(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= WORLDS; seed++) {
            World world = RandomWorlds.generate(seed);
            Files.writeString(dir.resolve("seed-" + seed + ".yaml"), WorldYaml.of(world.topology()));
            Path file = dir.resolve("seed-" + seed + ".sim.yaml");
            Files.writeString(file, WorldYaml.simulation(world, "seed-" + seed + ".yaml"));
            LoadedSimulation loaded = load(SimulationLoader::loadWithTopology, file, "simulation", world);
            List<World.Message> messages = loaded.simulation().messages().stream().map(m -> new World.Message(
                    m.name(), m.at().orElseThrow(), m.from(), m.to(), m.sendAt(),
                    m.body().orElseThrow().contains(SpamFilter.GTUBE), m.connectTo())).toList();
            List<World.Fault> faults = loaded.simulation().faults().stream().map(f -> new World.Fault(f.node(),
                    FaultPlan.NodeFault.Kind.valueOf(f.kind().name()), f.from(), f.until(), f.delay())).toList();
            World reloaded = new World(seed, loaded.topology(), messages, faults, loaded.simulation().horizon());
            World sendable = new World(seed, world.topology(), world.messages().stream()
                    .filter(m -> m.sendAt().compareTo(world.horizon()) < 0).toList(), world.faults(), world.horizon());
            assertEquals(sendable.describe(), reloaded.describe(), "seed " + seed);
        }
    }

    @Test
    void aSeedAlwaysGivesTheSameWorld() {
        for (long seed = 1; seed <= 50; seed++) {
            assertEquals(RandomWorlds.generate(seed).describe(), RandomWorlds.generate(seed).describe());
        }
    }

    /** Each feature the random worlds are meant to exercise appears in some of the first worlds. */
    @Test
    void theWorldsExerciseSpfSpamPartnerLockDownEnhancedFilteringAndConnectTo() {
        Map<String, Integer> seen = new TreeMap<>();
        for (long seed = 1; seed <= WORLDS; seed++) {
            World w = RandomWorlds.generate(seed);
            List<NodeSpec> nodes = w.topology().nodes();
            List<InboundConnector> inbound = nodes.stream().flatMap(n -> n.inboundConnectors().stream()).toList();
            count(seen, "spf reject", nodes, n -> !n.spf().reject().isEmpty());
            count(seen, "spf off", nodes, n -> !n.spf().check());
            for (SpamFilterMode mode : SpamFilterMode.values()) {
                count(seen, "spam " + mode.yamlName() + " on exchange-online", nodes,
                        n -> n.role() == Role.EXCHANGE_ONLINE && n.spamFilter() == mode);
                count(seen, "spam " + mode.yamlName() + " elsewhere", nodes,
                        n -> n.role() != Role.EXCHANGE_ONLINE && n.spamFilter() == mode);
            }
            count(seen, "sender domains *", inbound, c -> c.senderDomains().contains("*"));
            count(seen, "restricted to certificate", inbound, InboundConnector::restrictDomainsToCertificate);
            count(seen, "restricted to IPs", inbound, InboundConnector::restrictDomainsToIps);
            count(seen, "enhanced filtering", inbound, c -> c.enhancedFiltering().isPresent());
            List<String> txt = w.topology().dns().stream().filter(r -> r.type() == DnsRecord.DnsType.TXT)
                    .map(DnsRecord::value).toList();
            count(seen, "spf ip4", txt, v -> v.contains(" ip4:"));
            count(seen, "spf include", txt, v -> v.contains("include:"));
            count(seen, "spf malformed", txt, v -> v.contains("ipv4: "));
            count(seen, "gtube", w.messages(), World.Message::spam);
            count(seen, "connectTo", w.messages(), m -> m.connectTo().isPresent());
        }
        assertEquals(17, seen.size(), "features never generated: " + seen);
        seen.forEach((feature, n) -> assertTrue(n >= 5, feature + " only " + n + " times: " + seen));
    }

    private interface Loader<T> {
        T load(Path file) throws BadInputException;
    }

    private static <T> T load(Loader<T> loader, Path file, String what, World world) {
        try {
            return loader.load(file);
        } catch (BadInputException e) {
            throw new AssertionError("seed " + world.seed() + " is not a valid " + what + ": " + e.problems() + "\n"
                    + world.describe(), e);
        }
    }

    private static <T> void count(Map<String, Integer> seen, String feature, List<T> items, Predicate<T> has) {
        long n = items.stream().filter(has).count();
        if (n > 0) {
            seen.merge(feature, (int) n, Integer::sum);
        }
    }
}
