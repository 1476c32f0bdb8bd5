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

/** The {@code spf:} block of a node and the {@code enhancedFiltering:} block of an inbound connector. */
class SenderAuthenticationProblemsTest {
    @TempDir
    Path dir;

    @Test
    void exchangeOnlineRefusesNothingOnSpfAndOnlyProblemResultsCanBeRefused() {
        Path file = write(dir, "t.yaml", NODE + """
                    spf:
                      reject: [fail, pass]
                """);
        assertEquals(List.of(
                at(file, 8, 7, "Exchange Online does not refuse mail on SPF alone (it records the result for"
                        + " composite authentication); remove 'reject'"),
                at(file, 8, 22, "invalid SPF result to reject 'pass'; valid values: fail, softfail, permerror,"
                        + " temperror")), topologyProblems(file));
    }

    @Test
    void rejectNeedsChecking() {
        Path file = write(dir, "t.yaml", NODE.replace("exchange-online", "internet") + """
                    spf: { check: false, reject: [permerror] }
                """);
        assertEquals(List.of(at(file, 7, 26, "'reject' needs 'check: true'")), topologyProblems(file));
    }

    @Test
    void enhancedFilteringNeedsSomethingToSkipAndValidEntries() {
        Path file = write(dir, "t.yaml", NODE + """
                    inboundConnectors:
                      - name: from filter
                        type: Partner
                        certificateName: mx.cloudfilter.net
                        enhancedFiltering: { users: [ann] }
                      - name: from filter 2
                        type: Partner
                        certificateName: mx.cloudfilter.net
                        enhancedFiltering: { skipIps: [192.0.2.300] }
                """);
        assertEquals(List.of(
                at(file, 11, 28, "enhancedFiltering needs 'skipLastIp: true' or a 'skipIps' list (EF)"),
                at(file, 11, 38, "malformed e-mail address 'ann'"),
                at(file, 15, 40, "malformed CIDR '192.0.2.300'; expected an IP address or address/prefix")), topologyProblems(file));
    }

    @Test
    void enhancedFilteringBelongsToExchangeOnline() {
        Path file = write(dir, "t.yaml", NODE.replace("exchange-online", "exchange-server") + """
                    inboundConnectors:
                      - name: from filter
                        type: OnPremises
                        certificateName: mx.cloudfilter.net
                        enhancedFiltering: { skipLastIp: true }
                """);
        assertEquals(List.of(at(file, 11, 28, "enhancedFiltering is an Exchange Online inbound connector setting (EF)")),
                topologyProblems(file));
    }
}
