package org.mailflowsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five documented scenarios have no findings at all; a broken variant has only its own. */
class CleanScenariosTest {

    @ParameterizedTest
    @ValueSource(strings = {"scenario-1-mx-exo", "scenario-2-mx-exo-cmt", "scenario-3-mx-onprem-cmt",
            "scenario-4-mx-onprem-relay-via-exo", "scenario-5-third-party-filter"})
    void documentedScenariosHaveNoFindings(String name) throws Exception {
        List<Finding> findings = TopologyCheck.run(CheckFixtures.scenario(name));
        assertTrue(findings.isEmpty(), findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void theIpIdentifiedConnectorIsTheOnlyFindingOfItsVariant() throws Exception {
        List<Finding> findings = TopologyCheck.run(CheckFixtures.scenario("scenario-4-ip-connector"));
        assertEquals(List.of(ConnectorIdentityCheck.BY_IP), findings.stream().map(Finding::rule).toList(),
                findings.toString());
    }
}
