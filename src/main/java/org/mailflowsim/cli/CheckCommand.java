package org.mailflowsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mailflowsim.check.CheckedTopology;
import org.mailflowsim.check.TopologyCheck;
import org.mailflowsim.report.FindingsReport;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.TopologyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailflow check [TOPOLOGY…]}: static findings for topologies, without sending any mail. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check topology files (default: every topologies/*.yaml) without sending mail: SPF, DNS, "
                + "connectors, Enhanced Filtering, centralized mail transport and routing cycles.%n"
                + "Exit status: 0 no findings, 1 findings, 2 bad input.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "0..*", paramLabel = "TOPOLOGY", description = "Topology files or folders.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = SimulationFiles.expand(files.isEmpty() ? List.of(Path.of("topologies")) : files);
        if (paths.isEmpty()) {
            err.println("no topology files found in " + files);
            err.flush();
            return Mailflow.BAD_INPUT;
        }
        List<CheckedTopology> checked = new ArrayList<>();
        boolean badInput = false;
        for (Path p : paths) {
            try {
                Topology t = TopologyLoader.load(p);
                checked.add(new CheckedTopology(p, t.name(), TopologyCheck.run(t)));
            } catch (BadInputException e) {
                e.problems().forEach(err::println);
                badInput = true;
            }
        }
        err.flush();
        out.print(format == Format.json ? FindingsReport.json(checked) : FindingsReport.text(checked));
        out.flush();
        if (badInput) {
            return Mailflow.BAD_INPUT;
        }
        return checked.stream().allMatch(t -> t.findings().isEmpty()) ? Mailflow.MET : Mailflow.NOT_MET;
    }
}
