package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.topology.load.Fixtures.at;
import static org.mailflowsim.topology.load.Fixtures.topologyProblems;
import static org.mailflowsim.topology.load.Fixtures.write;
import static org.mailflowsim.topology.load.YamlProblemsTest.NODE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.SpamFilterMode;
import org.mailflowsim.topology.Topology;

/** A node's {@code spamFilter}: the role's default when absent, the file's value otherwise, known values only. */
class SpamFilterSettingTest {
    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheRole() throws Exception {
        Topology t = TopologyLoader.load(write(dir, "t.yaml", NODE + """
                  - { name: filter, role: third-party-filter, hostname: mx.filter.example, ips: [192.0.2.80] }
                  - { name: onprem, role: exchange-server, hostname: mail2.contoso.com, ips: [131.107.21.232] }
                  - { name: fabrikam, role: internet, hostname: mail.fabrikam.com, ips: [198.51.100.25] }
                """));
        assertEquals(SpamFilterMode.QUARANTINE, t.node("exo").orElseThrow().spamFilter());
        assertEquals(SpamFilterMode.REJECT, t.node("filter").orElseThrow().spamFilter());
        assertEquals(SpamFilterMode.OFF, t.node("onprem").orElseThrow().spamFilter());
        assertEquals(SpamFilterMode.OFF, t.node("fabrikam").orElseThrow().spamFilter());
    }

    @Test
    void theFileOverridesTheDefault() throws Exception {
        Topology t = TopologyLoader.load(write(dir, "t.yaml", NODE + """
                    spamFilter: off
                  - { name: onprem, role: exchange-server, hostname: mail2.contoso.com, ips: [131.107.21.232],
                      spamFilter: reject }
                """));
        assertEquals(SpamFilterMode.OFF, t.node("exo").orElseThrow().spamFilter());
        assertEquals(SpamFilterMode.REJECT, t.node("onprem").orElseThrow().spamFilter());
    }

    @Test
    void onlyKnownValues() {
        Path file = write(dir, "t.yaml", NODE + """
                    spamFilter: delete
                """);
        assertEquals(List.of(at(file, 7, 17, "invalid spamFilter 'delete'; valid values: reject, quarantine, off")),
                topologyProblems(file));
    }
}
