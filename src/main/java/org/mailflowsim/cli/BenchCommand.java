package org.mailflowsim.cli;

import static org.mailflowsim.cli.BenchFormat.fixed;
import static org.mailflowsim.cli.BenchFormat.mb;
import static org.mailflowsim.cli.BenchFormat.ms;
import static org.mailflowsim.cli.BenchFormat.processCpuNanos;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.mailflowsim.node.Lab;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.TopologyLoader;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mailflow bench}: measures hops per second and latency through scenario 2's longest path. Starts one
 * lab, injects messages keeping at most {@code --concurrency} in flight, and times each from injection to its
 * recipient's end state. The journal forgets finished messages, so memory stays flat however many are sent.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure throughput and latency of one path through a topology (real SMTP, TLS on every hop).",
                "Exit status: 0 every message delivered, 1 some not delivered (or the run stalled), 2 bad input."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--messages", paramLabel = "N", defaultValue = "2000",
            description = "Messages in the measured run (default ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "8",
            description = "Messages in flight at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--topology", paramLabel = "FILE", defaultValue = "topologies/scenario-2-mx-exo-cmt.yaml",
            description = "Topology file (default ${DEFAULT-VALUE}).")
    Path topology;

    @Option(names = "--from", defaultValue = "john@fabrikam.com",
            description = "Sender; submitted at the node holding its mailbox (default ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", defaultValue = "ann@contoso.com", description = "Recipient (default ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000",
            description = "Messages sent first and not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--single", paramLabel = "N", defaultValue = "50",
            description = "Messages sent one at a time after warm-up for the single-message latency "
                    + "(default ${DEFAULT-VALUE}).")
    int single;

    @Option(names = "--keep-journal", description = "Keep every message's trace in the journal (memory then grows "
            + "with the messages sent; for comparison). By default finished messages are forgotten.")
    boolean keepJournal;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up when no message ends for this long (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (messages < 1 || concurrency < 1 || warmup < 0 || single < 0 || timeoutSeconds < 1) {
            err.println("--messages and --concurrency must be at least 1, --warmup and --single at least 0, "
                    + "--timeout at least 1");
            err.flush();
            return Mailflow.BAD_INPUT;
        }
        Topology t;
        try {
            t = TopologyLoader.load(topology);
        } catch (BadInputException e) {
            e.problems().forEach(err::println);
            err.flush();
            return Mailflow.BAD_INPUT;
        }
        String sender = from.toLowerCase(Locale.ROOT);
        String at = t.nodes().stream().filter(n -> n.mailboxes().stream().anyMatch(b -> b.answersTo(sender)))
                .map(NodeSpec::name).findFirst().orElse(null);
        if (at == null) {
            err.println("no node of " + topology + " has a mailbox " + from);
            err.flush();
            return Mailflow.BAD_INPUT;
        }

        BenchRecorder recorder = new BenchRecorder();
        Journal journal = new Journal(recorder, keepJournal);
        HeapSampler heap = new HeapSampler();
        List<BenchPhase> phases = new ArrayList<>();
        BenchPhase warm;
        BenchPhase one = null;
        BenchPhase run = null;
        long opensBefore = 0;
        long opensAfter;
        long startNanos = System.nanoTime();
        long labStart;
        try (Lab lab = Lab.start(t, journal)) {
            labStart = System.nanoTime() - startNanos;
            Runner runner = new Runner(lab, at, recorder);
            warm = runner.run("warmup", warmup, concurrency);
            phases.add(warm);
            if (!warm.stalled) {
                one = runner.run("single", single, 1);
                phases.add(one);
            }
            if (one != null && !one.stalled) {
                heap.reset();
                opensBefore = lab.connectionsOpened();
                run = runner.run("run", messages, concurrency);
                phases.add(run);
            }
            opensAfter = lab.connectionsOpened();
        } finally {
            heap.stop();
        }
        long peakHeap = heap.peak();
        long liveAfter = HeapSampler.liveAfterGc();
        long warmStart = System.nanoTime();
        try (Lab again = Lab.start(t, new Journal())) {
            warmStart = System.nanoTime() - warmStart;
        }

        out.println("mailflow bench: " + t.name() + ", " + from + " -> " + to + " (submitted at " + at + ")");
        out.println("  lab start             " + ms(labStart) + " ms (first in this JVM, " + t.nodes().size()
                + " nodes, fresh CA and certificates), " + ms(warmStart) + " ms for a second lab");
        out.println("  warm-up               " + warm.summary());
        if (warm.ended > 0) {
            out.println("  first message         " + ms(warm.latencies[0]) + " ms (cold JVM, opens and handshakes the "
                    + "path's connections; " + Math.min(warm.sent, concurrency) + " sent at once)");
        }
        if (one != null && one.sent > 0) {
            out.println("  single message        " + one.summary());
            out.println("  single-message p50    " + ms(one.percentile(50)) + " ms (one at a time, after warm-up; max "
                    + ms(one.percentile(100)) + " ms)");
        }
        if (run != null) {
            out.println("  run                   " + run.summary());
            out.println("  throughput            " + fixed(run.hops / run.seconds(), 0) + " SMTP hops/s, "
                    + fixed(run.ended / run.seconds(), 0) + " messages/s (" + messages + " messages, concurrency "
                    + concurrency + ", " + fixed(run.ended == 0 ? 0 : (double) run.hops / run.ended, 2)
                    + " hops/message)");
            if (run.cpuBegin >= 0 && run.hops > 0) {
                long cpu = run.cpuEnd - run.cpuBegin;
                out.println("  CPU                   " + fixed(cpu / 1e9 / run.seconds(), 2) + " cores busy, "
                        + fixed(cpu / 1e3 / run.hops, 0) + " µs CPU per hop (whole process, "
                        + Runtime.getRuntime().availableProcessors() + " cores)");
            }
            out.println("  latency               p50 " + ms(run.percentile(50)) + " ms, p99 " + ms(run.percentile(99))
                    + " ms, max " + ms(run.percentile(100)) + " ms");
            out.println("  connections opened    " + (opensAfter - opensBefore) + " during the run, " + opensAfter
                    + " in all");
            out.println("  heap                  " + mb(peakHeap) + " MB peak used during the run (sampled every "
                    + HeapSampler.PERIOD_MS + " ms, max heap " + mb(Runtime.getRuntime().maxMemory()) + " MB); "
                    + mb(liveAfter) + " MB live after GC at the end" + (keepJournal ? " (journal kept every trace)" : ""));
        }
        long sent = 0;
        long[] byKind = new long[EndStateKind.values().length];
        boolean stalled = false;
        for (BenchPhase p : phases) {
            sent += p.sent;
            stalled |= p.stalled;
            for (EndStateKind k : EndStateKind.values()) {
                byKind[k.ordinal()] += p.byKind[k.ordinal()];
            }
        }
        long[] otherKinds = recorder.otherKinds();
        long otherNotDelivered = 0;
        for (EndStateKind k : EndStateKind.values()) {
            otherNotDelivered += k == EndStateKind.DELIVERED ? 0 : otherKinds[k.ordinal()];
        }
        long other = java.util.Arrays.stream(otherKinds).sum();
        out.println("  end states            " + kinds(byKind) + " of " + sent + " messages sent"
                + (other > 0 ? "; derived messages (forwards, NDRs): " + kinds(otherKinds) : ""));
        boolean ok = !stalled && byKind[EndStateKind.DELIVERED.ordinal()] == sent && otherNotDelivered == 0;
        out.println(ok ? "  all delivered" : stalled ? "  STALLED: no message ended for " + timeoutSeconds + " s"
                : "  NOT ALL DELIVERED");
        out.flush();
        return ok ? Mailflow.MET : Mailflow.NOT_MET;
    }

    private static String kinds(long[] byKind) {
        StringBuilder b = new StringBuilder();
        for (EndStateKind k : EndStateKind.values()) {
            if (byKind[k.ordinal()] > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(k.jsonName()).append(' ').append(byKind[k.ordinal()]);
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }

    /** Injects one phase's messages, at most {@code c} in flight, and waits for all of them to end. */
    private final class Runner {
        private final Lab lab;
        private final String at;
        private final BenchRecorder recorder;
        private final List<String> recipients;

        Runner(Lab lab, String at, BenchRecorder recorder) {
            this.lab = lab;
            this.at = at;
            this.recorder = recorder;
            this.recipients = List.of(to);
        }

        BenchPhase run(String label, int n, int c) throws InterruptedException {
            BenchPhase p = new BenchPhase(label, n, c);
            recorder.phase = p;
            String body = "Benchmark message from mailflow-sim.\nIt is small, like most mail: a few hundred bytes "
                    + "including the headers that every hop adds.\n";
            p.cpuBegin = processCpuNanos();
            p.begin = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (!p.permits.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.stalled = true;
                    break;
                }
                p.starts[i] = System.nanoTime();
                lab.inject(label + "-" + i, at, from, recipients, "bench " + label + " " + i, body);
                p.sent++;
            }
            // Every message returns its permit when it ends: holding all of them means none is left in flight.
            if (!p.stalled && !p.permits.tryAcquire(c, timeoutSeconds, TimeUnit.SECONDS)) {
                p.stalled = true;
            }
            p.end = System.nanoTime();
            p.cpuEnd = processCpuNanos();
            return p;
        }
    }
}
