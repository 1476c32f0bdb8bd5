package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;

/**
 * The documented causes of a routing cycle that its legs show (domain.md §3, §6, LOOPDOC): the connector to
 * blame, when one is, and the fixes. Without a recognised cause the fix is the general one: one owner per address.
 */
record CycleDiagnosis(Optional<SourceRef> culprit, String fix) {
    private static final String ONE_OWNER = "give the address one owner: make the domain authoritative on the side "
            + "that holds the full directory, so it answers 'not found' instead of relaying [ACC, DBEB, §5]";

    static CycleDiagnosis of(CheckContext context, Walk walk) {
        List<SourceRef> culprits = new ArrayList<>();
        Set<String> fixes = new LinkedHashSet<>();
        for (Walk.Leg leg : walk.legs()) {
            Optional<OutboundConnector> connector = leg.relay().hop().connector()
                    .flatMap(name -> Sources.outboundConnector(leg.from(), name));
            if (leg.to().filter(to -> to == leg.from()).isPresent() && connector.isPresent()) {
                culprits.add(connector.get().source());
                fixes.add("connector '" + connector.get().name() + "' of " + leg.from().name() + " routes by MX, which "
                        + "points back to " + leg.from().name() + ": give it smartHosts (UseMXRecord $false) "
                        + "[LOOPDOC, rule 17]");
            }
            if (connector.filter(c -> c.routeAllViaOnPremises()
                    && CentralizedTransportCheck.scopedToAccepted(leg.from(), c)).isPresent()) {
                culprits.add(connector.get().source());
                fixes.add("scope the CMT connector '" + connector.get().name() + "' to \"*\", not to accepted domains "
                        + "[LOOPDOC, §3.2]");
            }
            if (leg.to().filter(to -> unattributedFromOnPrem(context, leg, to)).isPresent()) {
                connector.ifPresent(c -> culprits.add(c.source()));
                String over = connector.map(c -> "connector '" + c.name() + "'").orElse("this hop");
                fixes.add(leg.to().get().name() + " matches " + leg.from().name() + "'s mail over " + over + " to no "
                        + "OnPremises inbound connector (no certificate or IP it names), so the mail is not 'originating "
                        + "from on-premises' and CMT sends it back: give " + over + " a tlsCertificateName that "
                        + leg.to().get().name() + "'s OnPremises connector names [CMTBLOG, OBS-CMTLOOP, rules 13-14]");
            }
        }
        if (fixes.isEmpty() || sharedNamespace(walk)) {
            fixes.add(ONE_OWNER);
        }
        return new CycleDiagnosis(culprits.stream().findFirst(), String.join("; ", fixes));
    }

    /** An Exchange server's mail reaching a tenant with CMT that attributes it to no OnPremises connector. */
    private static boolean unattributedFromOnPrem(CheckContext context, Walk.Leg leg, NodeSpec to) {
        if (leg.from().role() != Role.EXCHANGE_SERVER || to.role() != Role.EXCHANGE_ONLINE
                || to.outboundConnectors().stream().noneMatch(OutboundConnector::routeAllViaOnPremises)) {
            return false;
        }
        Provenance.Received received = RouteWalker.receivedAt(to, leg.from(), leg.relay().hop());
        return !context.policy(to).originatingFromOnPremises(received);
    }

    /** Some hop relays an address of a domain its sender treats as internal-relay (a shared address space). */
    private static boolean sharedNamespace(Walk walk) {
        return walk.legs().stream().anyMatch(l -> l.from().acceptedDomains().stream()
                .anyMatch(d -> d.type() == DomainType.INTERNAL_RELAY && l.address().endsWith("@" + d.domain())));
    }
}
