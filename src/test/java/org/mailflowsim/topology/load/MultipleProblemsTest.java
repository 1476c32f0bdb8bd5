package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mailflowsim.topology.load.Fixtures.at;
import static org.mailflowsim.topology.load.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailflowsim.topology.BadInputException;

/** One load reports every problem of a file and its includes, ordered by file, line and column. */
class MultipleProblemsTest {
    @TempDir
    Path dir;

    @Test
    void everyProblemOfAFileAndItsIncludesIsReportedInOrder() {
        Path shared = write(dir, "shared/internet.yaml", """
                nodes:
                  - name: exo
                    role: internet
                    hostname: mail.fabrikam.com
                    ips: [198.51.100.7]
                """);
        Path file = write(dir, "t.yaml", """
                name: t
                include: [shared/internet.yaml]
                nodes:
                  - name: exo
                    role: exchange-online
                    hostname: mail.contoso.com
                    ips: [131.107.21.231]
                    acceptedDomains: [ { domain: contoso.com } ]
                    mailboxes: [ { address: kate@fabrikam.com } ]
                    outboundConnectors:
                      - name: out
                        smartHost: [relay.contoso.com]
                        tls: Strict
                  - name: onprem
                    role: exchange-server
                    hostname: mail.contoso.com
                dns:
                  - { name: contoso.com, type: MX, preference: -1, value: mail.contoso.com }
                """);
        BadInputException e = assertThrows(BadInputException.class, () -> TopologyLoader.load(file));
        assertEquals(List.of(
                at(file, 4, 11, "duplicate node name 'exo'; first defined at " + shared + ":2:11"),
                at(file, 9, 29, "mailbox 'kate@fabrikam.com' is not in an accepted domain of node 'exo' (contoso.com)"),
                at(file, 12, 9, "unknown key 'smartHost' in outbound connector; did you mean 'smartHosts'?"),
                at(file, 13, 14, "invalid tls mode 'Strict'; valid values: Opportunistic, EncryptionOnly,"
                        + " CertificateValidation, DomainValidation"),
                at(file, 14, 5, "missing required key 'ips' in node 'onprem'"),
                at(file, 18, 48, "MX preference must be 0 to 65535, got -1")), Fixtures.lines(e));
        assertEquals(6, e.problems().size());
    }
}
