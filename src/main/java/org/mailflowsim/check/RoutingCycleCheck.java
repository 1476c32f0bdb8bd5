package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.List;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.SourceRef;

/**
 * {@code routing-cycle}: mail for some address goes round between nodes without reaching a mailbox, so at run
 * time it ends only when a hop count fires (554 5.4.6 on-prem, 554 5.4.14 ATTR34 in Exchange Online; domain.md
 * §6, §13 rules 14–17, LOOPDOC). Every representative recipient is followed from the internet and from each
 * Exchange node's users; one finding per looping address, at the connector to blame (CycleDiagnosis).
 */
final class RoutingCycleCheck implements Check {
    static final String RULE = "routing-cycle";

    @Override
    public List<Finding> run(CheckContext context) {
        RouteWalker walker = new RouteWalker(context);
        List<Finding> findings = new ArrayList<>();
        for (String recipient : RepresentativeMail.recipients(context.topology())) {
            for (WalkStart start : RepresentativeMail.starts(context.topology(), walker, recipient)) {
                Walk walk = walker.walk(start, RepresentativeMail.sender(start), recipient);
                if (walk.ending() == Walk.Ending.CYCLE) {
                    findings.add(finding(context, start, walk));
                    break;   // one finding per address: the first start that loops
                }
            }
        }
        return findings;
    }

    private static Finding finding(CheckContext context, WalkStart start, Walk walk) {
        String message = "mail for " + walk.recipient() + " from " + start.origin() + " loops: "
                + walk.path(start.node()) + " (" + walk.detail() + ", no mailbox reached); at run time a hop "
                + "count ends it (554 5.4.6 / 554 5.4.14) [LOOPDOC, §6, rules 14-17]";
        CycleDiagnosis diagnosis = CycleDiagnosis.of(context, walk);
        return new Finding(diagnosis.culprit().orElse(closingElement(walk, start.node())), RULE, message,
                diagnosis.fix());
    }

    /** Without a known culprit: the outbound connector of the hop that closes the cycle, else its sender. */
    private static SourceRef closingElement(Walk walk, NodeSpec start) {
        return walk.lastLeg().map(leg -> leg.relay().hop().connector()
                        .flatMap(name -> Sources.outboundConnector(leg.from(), name))
                        .map(c -> c.source()).orElse(leg.from().source()))
                .orElse(start.source());
    }
}
