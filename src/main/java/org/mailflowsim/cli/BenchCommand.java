package org.mailflowsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mailflow bench}: measures hops per second and latency through scenario 2's longest path. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput and latency.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
