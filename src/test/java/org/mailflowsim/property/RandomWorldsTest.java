package org.mailflowsim.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.TopologyLoader;

/** The generator itself: the real topology loader accepts every world it builds, and a seed always gives one world. */
class RandomWorldsTest {

    @Test
    void everyGeneratedWorldIsATopologyTheLoaderAcceptsUnchanged(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= 300; seed++) {
            World world = RandomWorlds.generate(seed);
            Path file = dir.resolve("seed-" + seed + ".yaml");
            Files.writeString(file, WorldYaml.of(world.topology()));
            Topology loaded;
            try {
                loaded = TopologyLoader.load(file);
            } catch (BadInputException e) {
                throw new AssertionError("seed " + seed + " is not a valid topology: " + e.problems() + "\n"
                        + world.describe(), e);
            }
            World reloaded = new World(seed, loaded, world.messages(), world.faults(), world.horizon());
            assertEquals(world.describe(), reloaded.describe(), "seed " + seed);
            assertTrue(world.topology().nodes().stream().filter(n -> n.role() == Role.EXCHANGE_ONLINE).count() <= 1);
            assertTrue(world.topology().nodes().size() >= 2 && world.topology().nodes().size() <= 5);
        }
    }

    @Test
    void aSeedAlwaysGivesTheSameWorld() {
        for (long seed = 1; seed <= 50; seed++) {
            assertEquals(RandomWorlds.generate(seed).describe(), RandomWorlds.generate(seed).describe());
        }
    }
}
