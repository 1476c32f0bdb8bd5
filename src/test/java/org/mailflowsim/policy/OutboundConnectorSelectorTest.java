package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mailflowsim.policy.PolicyFixtures.connector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailflowsim.topology.OutboundConnector;

/** Outbound / send connector selection: domain.md §3.1 and §13 rule 10 [CONN]. */
class OutboundConnectorSelectorTest {
    private static final Set<String> ACCEPTED = Set.of("contoso.com", "contoso.net", "hr.contoso.com");
    private static final List<OutboundConnector> ALL = List.of(
            connector("Exact", "contoso.com").build(),
            connector("All accepted").allAccepted().build(),
            connector("Wildcard", "*.contoso.com").build(),
            connector("Narrow wildcard", "*.sub.contoso.com").build(),
            connector("Star", "*").build());

    private static Optional<String> select(List<OutboundConnector> connectors, String domain) {
        return OutboundConnectorSelector.select(connectors, domain, ACCEPTED).map(OutboundConnector::name);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // domain.md §13 rule 10 [CONN]: an exact recipient domain beats everything else
            "contoso.com,        Exact",
            // domain.md §13 rule 10 [CONN]: an accepted domain without an exact connector → all-accepted-domains
            "contoso.net,        All accepted",
            // domain.md §13 rule 10 [CONN]: the all-accepted-domains connector beats a matching wildcard
            "hr.contoso.com,     All accepted",
            // domain.md §13 rule 10 [CONN]: a non-accepted sub-domain goes by wildcard
            "mail.contoso.com,   Wildcard",
            // domain.md §13 rule 10 [CONN]: the most specific wildcard wins
            "a.sub.contoso.com,  Narrow wildcard",
            // domain.md §13 rule 10 [CONN]: *.contoso.com covers deeper names when nothing narrower exists
            "a.b.contoso.com,    Wildcard",
            // domain.md §13 rule 10 [CONN]: everything else falls to *
            "tailspintoys.com,   Star",
            // domain.md §13 rule 10 [CONN]: a wildcard needs a label boundary (notcontoso.com is not *.contoso.com)
            "notcontoso.com,     Star",
    })
    void precedence(String domain, String expected) {
        // the same answer whatever the order the connectors were configured in
        List<OutboundConnector> reversed = new ArrayList<>(ALL);
        Collections.reverse(reversed);
        assertEquals(Optional.of(expected), select(ALL, domain));
        assertEquals(Optional.of(expected), select(reversed, domain));
    }

    @Test
    void allAcceptedDomainsConnectorIgnoresForeignDomains() {
        // domain.md §13 rule 10 [PS-OUT AllAcceptedDomains]: it serves accepted domains only
        List<OutboundConnector> cs = List.of(connector("All accepted").allAccepted().build());
        assertEquals(Optional.empty(), select(cs, "tailspintoys.com"));
        assertEquals(Optional.of("All accepted"), select(cs, "contoso.net"));
    }

    @Test
    void wildcardDoesNotCoverTheBareDomain() {
        // domain.md §13 rule 10 [CONN, PS-OUT]: *.contoso.com is for sub-domains; contoso.com itself falls to *
        List<OutboundConnector> cs = List.of(connector("Wildcard", "*.contoso.com").build(),
                connector("Star", "*").build());
        assertEquals(Optional.of("Star"), OutboundConnectorSelector.select(cs, "contoso.com", Set.of())
                .map(OutboundConnector::name));
    }

    @Test
    void noConnectorCoversTheDomain() {
        // domain.md §13 rule 10 [CONN]: no match → no connector (the caller routes by MX or fails)
        assertEquals(Optional.empty(), select(List.of(connector("Exact", "contoso.com").build()), "fabrikam.com"));
    }

    @Test
    void exactMatchAmongSeveralRecipientDomains() {
        // domain.md §3.1 [PS-OUT RecipientDomains]: a connector lists several domains; any exact one counts
        List<OutboundConnector> cs = List.of(connector("Star", "*").build(),
                connector("Partners", "fabrikam.com", "tailspintoys.com").partner().build());
        assertEquals(Optional.of("Partners"), select(cs, "tailspintoys.com"));
    }
}
