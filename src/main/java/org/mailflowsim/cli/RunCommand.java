package org.mailflowsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mailflowsim.report.JsonReport;
import org.mailflowsim.report.MermaidReport;
import org.mailflowsim.report.TextReport;
import org.mailflowsim.simulation.LoadedSimulation;
import org.mailflowsim.simulation.SimulationLoader;
import org.mailflowsim.simulation.SimulationResult;
import org.mailflowsim.simulation.SimulationRunner;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mailflow run [FILE…]}: runs simulations and prints each message's path and end states. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run simulation files (default: every simulations/*.yaml) and check their expectations.%n"
                + "Exit status: 0 all expectations met, 1 some not met, 2 bad input.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json, mermaid }

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Simulation files or folders.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", description = "text (default), json, or mermaid (sequence diagrams).",
            defaultValue = "text")
    Format format;

    @Spec
    CommandSpec spec;

    /**
     * Simulations are independent worlds (each its own lab on its own loopback block), so they run two at a time
     * on this 2-core machine class; results keep the order of the files.
     */
    private static List<SimulationResult> runAll(List<LoadedSimulation> loaded) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, loaded.size()));
        try {
            List<Future<SimulationResult>> futures = new ArrayList<>();
            for (LoadedSimulation s : loaded) {
                futures.add(pool.submit(() -> SimulationRunner.run(s.simulation(), s.topology())));
            }
            List<SimulationResult> results = new ArrayList<>();
            for (Future<SimulationResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a simulation failed to run: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = SimulationFiles.expand(files.isEmpty() ? List.of(Path.of("simulations")) : files);
        if (paths.isEmpty()) {
            err.println("no simulation files found in " + files);
            return Mailflow.BAD_INPUT;
        }
        List<LoadedSimulation> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : paths) {
            try {
                loaded.add(SimulationLoader.loadWithTopology(p));
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p));
            err.flush();
            return Mailflow.BAD_INPUT;
        }
        List<SimulationResult> results = runAll(loaded);
        out.print(switch (format) {
            case json -> JsonReport.render(results);
            case mermaid -> MermaidReport.render(results);
            case text -> TextReport.render(results);
        });
        out.flush();
        return results.stream().allMatch(SimulationResult::allMet) ? Mailflow.MET : Mailflow.NOT_MET;
    }
}
