package org.mailflowsim.node;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.TopologyLoader;
import org.mailflowsim.trace.Journal;
import org.mailflowsim.trace.MessageTrace;

/** Boots a topology's real SMTP nodes for a test and waits for quiescence with Awaitility. */
final class LabFixture implements AutoCloseable {
    final Journal journal = new Journal();
    final Lab lab;

    LabFixture(Topology topology) {
        this.lab = Lab.start(topology, journal);
    }

    static Topology topology(String file) throws Exception {
        return TopologyLoader.load(Path.of("topologies", file));
    }

    /** Submits one message and returns its trace (and those it caused) once everything has come to rest. */
    MessageTrace send(String name, String at, String from, String to) {
        return send(name, at, from, to, "test body");
    }

    /** As {@link #send(String, String, String, String)}, with this body. */
    MessageTrace send(String name, String at, String from, String to, String body) {
        String id = lab.inject(name, at, from, List.of(to), name, body);
        settle();
        return journal.traces().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** Lets simulated time run (retries) until nothing is left before a week's horizon, then waits for rest. */
    void settle() {
        do {
            await().atMost(Duration.ofSeconds(30)).until(journal::idle);
        } while (lab.advance(Duration.ofDays(7)));
        lab.stopAtHorizon();
        await().atMost(Duration.ofSeconds(30)).until(journal::quiescent);
    }

    List<MessageTrace> causedBy(MessageTrace cause) {
        return journal.traces().stream().filter(t -> t.causeId().filter(cause.id()::equals).isPresent()).toList();
    }

    @Override
    public void close() {
        lab.close();
    }
}
