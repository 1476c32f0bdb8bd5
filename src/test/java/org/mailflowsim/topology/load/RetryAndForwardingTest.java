package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.topology.load.Fixtures.at;
import static org.mailflowsim.topology.load.Fixtures.topologyProblems;
import static org.mailflowsim.topology.load.Fixtures.write;
import static org.mailflowsim.topology.load.YamlProblemsTest.NODE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.AutoForwardingMode;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.RetryPolicy;
import org.mailflowsim.topology.Topology;

/** Node {@code retry} and {@code autoForwardingMode}, and the outbound connector's {@code senderRewritingEnabled}. */
class RetryAndForwardingTest {
    @TempDir
    Path dir;

    @Test
    void loadsRetryAutoForwardingModeAndSenderRewriting() throws Exception {
        Topology t = TopologyLoader.load(write(dir, "t.yaml", NODE + """
                    retry:
                      intervals: [5m, 15m, 1h]
                      lifetime: 1d12h
                    autoForwardingMode: On
                    outboundConnectors:
                      - { name: srs, recipientDomains: ["*"], senderRewritingEnabled: true }
                      - { name: plain, recipientDomains: [fabrikam.com] }
                  - name: onprem
                    role: exchange-server
                    hostname: mail2.contoso.com
                    ips: [131.107.21.232]
                """));
        NodeSpec exo = t.node("exo").orElseThrow();
        RetryPolicy retry = exo.retry().orElseThrow();
        assertEquals(List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)), retry.intervals());
        assertEquals(Duration.ofHours(36), retry.lifetime());
        assertEquals(Duration.ofMinutes(5), retry.interval(1));
        assertEquals(Duration.ofHours(1), retry.interval(7), "the last interval repeats");
        assertEquals(AutoForwardingMode.ON, exo.autoForwardingMode());
        assertTrue(exo.outboundConnectors().get(0).senderRewritingEnabled());
        assertFalse(exo.outboundConnectors().get(1).senderRewritingEnabled(), "default false");

        NodeSpec onprem = t.node("onprem").orElseThrow();
        assertEquals(Optional.empty(), onprem.retry(), "absent: the runtime decides per role");
        assertEquals(AutoForwardingMode.AUTOMATIC, onprem.autoForwardingMode());
    }

    @Test
    void autoForwardingModeDefaultsToAutomaticOnExchangeOnline() throws Exception {
        Topology t = TopologyLoader.load(write(dir, "t.yaml", NODE));
        assertEquals(AutoForwardingMode.AUTOMATIC, t.node("exo").orElseThrow().autoForwardingMode());
    }

    @Test
    void malformedAndZeroDurationsAndMissingRetryKeys() {
        Path file = write(dir, "t.yaml", NODE + """
                    retry:
                      intervals: [5m, "5 min", 0s, 90]
                      lifetime: 2 days
                  - name: other
                    role: exchange-online
                    hostname: mail2.contoso.com
                    ips: [131.107.21.232]
                    retry: { intervals: [] }
                """);
        assertEquals(List.of(
                at(file, 8, 23, "malformed duration '5 min'; use e.g. 30s, 5m, 2h, 2d"),
                at(file, 8, 32, "retry interval must be longer than 0s"),
                at(file, 8, 36, "malformed duration '90'; use e.g. 30s, 5m, 2h, 2d"),
                at(file, 9, 17, "malformed duration '2 days'; use e.g. 30s, 5m, 2h, 2d"),
                at(file, 14, 12, "missing required key 'lifetime' in retry"),
                at(file, 14, 25, "'intervals' of retry needs at least one item")), topologyProblems(file));
    }

    @Test
    void autoForwardingModeOnlyOnExchangeOnlineAndOnlyKnownValues() {
        Path file = write(dir, "t.yaml", NODE + """
                    autoForwardingMode: Enabled
                  - name: onprem
                    role: exchange-server
                    hostname: mail2.contoso.com
                    ips: [131.107.21.232]
                    autoForwardingMode: Off
                """);
        assertEquals(List.of(
                at(file, 7, 25, "invalid autoForwardingMode 'Enabled'; valid values: Automatic, On, Off"),
                at(file, 12, 5, "autoForwardingMode is only allowed on role exchange-online; node 'onprem' is"
                        + " exchange-server")), topologyProblems(file));
    }

    @Test
    void senderRewritingEnabledIsABoolean() {
        Path file = write(dir, "t.yaml", NODE + """
                    outboundConnectors:
                      - { name: srs, recipientDomains: ["*"], senderRewritingEnabled: yes please }
                """);
        assertEquals(List.of(at(file, 8, 71, "expected a boolean (true or false) for 'senderRewritingEnabled', got a"
                + " string 'yes please'")), topologyProblems(file));
    }
}
