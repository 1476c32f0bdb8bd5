package org.mailflowsim.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailflowsim.check.Finding;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.Topology;
import org.mailflowsim.topology.load.TopologyLoader;

/** SpfLint over the shipped topologies: the good scenarios are clean, the verbatim-seed variant is not. */
class SpfLintTopologiesTest {
    private static Topology load(String file) throws BadInputException {
        return TopologyLoader.load(Path.of("topologies", file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scenario-1-mx-exo.yaml", "scenario-2-mx-exo-cmt.yaml", "scenario-3-mx-onprem-cmt.yaml",
            "scenario-4-mx-onprem-relay-via-exo.yaml", "scenario-5-third-party-filter.yaml"})
    void theGoodScenariosHaveNoSpfFindings(String file) throws BadInputException {
        assertEquals(List.of(), SpfLint.lint(load(file)));
    }

    @Test
    void theVerbatimSeedVariantReportsEveryMalformedRecord() throws BadInputException {
        Topology topology = load("scenario-1-seed-spf-verbatim.yaml");
        List<Finding> findings = SpfLint.lint(topology);
        Map<String, Set<String>> rulesByDomain = new TreeMap<>();
        for (Finding f : findings) {
            DnsRecord txt = topology.dns().stream().filter(r -> r.source().equals(f.source())).findFirst()
                    .orElseThrow(() -> new AssertionError("finding not at a DNS record: " + f));
            rulesByDomain.computeIfAbsent(txt.name(), k -> new TreeSet<>()).add(f.rule());
        }
        assertEquals(Map.of(
                "contoso.com", Set.of("spf-syntax", "spf-include-none"),             // S1
                "contoso.net", Set.of("spf-syntax"),                                 // S3 (= S4, S5)
                "contoso.org", Set.of("spf-syntax", "spf-private-address"),          // S6
                "contoso.info", Set.of("spf-version"),                               // S7
                "contoso.biz", Set.of("spf-include-none")), rulesByDomain);           // S2
        assertTrue(findings.stream().allMatch(f -> f.source().file().endsWith("scenario-1-seed-spf-verbatim.yaml")
                && f.source().line() > 0), findings.toString());
    }

    @Test
    void theVerbatimSeedVariantEvaluatesAsDomainMdSays() throws BadInputException {
        SpfEvaluator spf = new SpfEvaluator(SimulatedDns.of(load("scenario-1-seed-spf-verbatim.yaml")));
        for (String domain : List.of("contoso.com", "contoso.net", "contoso.org")) {
            assertEquals(SpfResult.PERMERROR, spf.check(SpfFixtures.EOP_IP, "a@" + domain, "h").result(), domain);
        }
        assertEquals(SpfResult.NONE, spf.check(SpfFixtures.ONPREM_IP, "a@contoso.info", "h").result());
        assertEquals(SpfResult.PASS, spf.check(SpfFixtures.EOP_IP, "a@contoso.biz", "h").result());
        assertEquals(SpfResult.PERMERROR, spf.check(SpfFixtures.ONPREM_IP, "a@contoso.biz", "h").result());
    }
}
