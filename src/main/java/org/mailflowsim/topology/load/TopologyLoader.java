package org.mailflowsim.topology.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;

/**
 * Loads a topology file and the files it includes (paths relative to the including file, recursively; a
 * file reached twice is merged once, a cycle is a problem). Nodes and DNS records of all files are merged,
 * each file's includes before its own entries; every element keeps the file, line and column it came from.
 */
public final class TopologyLoader {
    static final Set<String> KEYS = Set.of("name", "title", "include", "nodes", "dns");

    private final Problems problems;
    private final TopologyScope scope;
    private final NodeBinder nodeBinder;
    private final DnsBinder dnsBinder;
    private final List<NodeSpec> nodes = new ArrayList<>();
    private final List<DnsRecord> dns = new ArrayList<>();
    private final Set<Path> loaded = new HashSet<>();
    private final Deque<Path> chain = new ArrayDeque<>();

    private TopologyLoader(Problems problems) {
        this.problems = problems;
        this.scope = new TopologyScope(problems);
        this.nodeBinder = new NodeBinder(scope, problems);
        this.dnsBinder = new DnsBinder(problems);
    }

    /** Loads and checks a topology; throws with every problem found in it and its includes. */
    public static Topology load(Path file) throws BadInputException {
        Problems problems = new Problems();
        Optional<Topology> topology = load(file, problems);
        problems.throwIfAny();
        return topology.orElseThrow();
    }

    /** Loads a topology, adding its problems to {@code problems}; empty when it has any. */
    public static Optional<Topology> load(Path file, Problems problems) {
        int before = problems.size();
        TopologyLoader loader = new TopologyLoader(problems);
        Optional<YamlMap> top = loader.loadFile(file);
        Optional<String> name = top.flatMap(m -> m.requiredText("name")).map(Text::value);
        String title = top.flatMap(m -> m.text("title")).map(Text::value).orElse("");
        if (problems.size() > before || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Topology(name.get(), title, file, loader.nodes, loader.dns));
    }

    private Optional<YamlMap> loadFile(Path file) {
        Path identity = identity(file);
        loaded.add(identity);
        chain.addLast(file);
        Optional<YamlMap> map = YamlFile.read(file, problems)
                .flatMap(root -> new YamlValue(file, root, problems, "the file").asMap("topology", KEYS));
        map.ifPresent(m -> {
            m.texts("include").forEach(t -> include(file, t));
            m.list("nodes").forEach(v -> nodeBinder.bind(v).ifPresent(nodes::add));
            m.list("dns").forEach(v -> dnsBinder.bind(v).ifPresent(dns::add));
        });
        chain.removeLast();
        return map;
    }

    private void include(Path from, Text include) {
        Path file = from.resolveSibling(include.value()).normalize();
        Path identity = identity(file);
        if (chain.stream().map(TopologyLoader::identity).anyMatch(identity::equals)) {
            String cycle = chain.stream().dropWhile(p -> !identity(p).equals(identity)).map(Path::toString)
                    .collect(Collectors.joining(" -> "));
            problems.add(include.at(), "include cycle: " + cycle + " -> " + file);
        } else if (loaded.contains(identity)) {
            return;
        } else if (!Files.isRegularFile(file)) {
            problems.add(include.at(), "included file " + include.quoted() + " not found (" + file + ")");
        } else {
            loadFile(file);
        }
    }

    private static Path identity(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
