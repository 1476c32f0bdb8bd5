package org.mailflowsim.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.policy.Addresses;
import org.mailflowsim.spf.SpfEvaluator;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.spf.SpfVerdict;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;

/**
 * {@code sender-not-in-spf}: a user's mail to the internet leaves the topology from an IP its domain's SPF does
 * not authorise (RFC 7208; domain.md §10, §14 "On-prem → internet": the SPF must authorise the on-prem IP when
 * on-prem sends directly). The egress is found by following the mail (RouteWalker): Exchange Online's users
 * leave from the tenant's EOP address, covered by include:spf.protection.outlook.com (§10.2); on-prem relaying
 * through EOP leaves from there too. One finding per egress node and sender domain.
 */
final class SenderSpfCheck implements Check {
    static final String RULE = "sender-not-in-spf";
    /** A recipient in a reserved domain (RFC 2606) that no node hosts: mail for it must leave the topology. */
    static final String EXTERNAL_RECIPIENT = "someone@example.net";

    @Override
    public List<Finding> run(CheckContext context) {
        RouteWalker walker = new RouteWalker(context);
        SpfEvaluator spf = new SpfEvaluator(context.dns());
        Map<Egress, Set<String>> origins = new LinkedHashMap<>();
        Map<Egress, String> senders = new LinkedHashMap<>();
        for (NodeSpec node : context.topology().nodes()) {
            if (node.role() == Role.THIRD_PARTY_FILTER) {
                continue;   // a filter relays its customers' mail; it has no users of its own
            }
            for (String sender : sendersByDomain(node)) {
                egress(walker, node, sender).ifPresent(e -> {
                    origins.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(node.name());
                    senders.putIfAbsent(e.getKey(), e.getValue());
                });
            }
        }
        List<Finding> findings = new ArrayList<>();
        origins.forEach((egress, from) -> {
            SpfVerdict v = spf.check(egress.node().publicIp(), senders.get(egress), egress.node().hostname());
            if (v.result() != SpfResult.PASS) {
                findings.add(finding(context, egress, from, v));
            }
        });
        return findings;
    }

    /** One mailbox address per domain its mailboxes send as (the identities users send with). */
    private static List<String> sendersByDomain(NodeSpec node) {
        Map<String, String> byDomain = new LinkedHashMap<>();
        node.mailboxes().stream().map(Mailbox::address).forEach(a -> byDomain.putIfAbsent(Addresses.domainOf(a), a));
        return List.copyOf(byDomain.values());
    }

    /** Where the user's mail leaves the topology, with the envelope sender it then has (SRS may change it). */
    private static Optional<Map.Entry<Egress, String>> egress(RouteWalker walker, NodeSpec node, String sender) {
        Walk walk = walker.walk(WalkStart.submittedAt(node), sender, EXTERNAL_RECIPIENT);
        String envelope = sender;
        for (Walk.Leg leg : walk.legs()) {
            envelope = leg.relay().envelopeFrom().orElse(envelope);
            if (leg.to().isEmpty() || leg.to().get().role() == Role.INTERNET) {
                return Optional.of(Map.entry(new Egress(leg.from(), Addresses.domainOf(envelope)), envelope));
            }
        }
        return Optional.empty();   // refused, failed or looping: other findings (or the simulation) show why
    }

    private static Finding finding(CheckContext context, Egress egress, Set<String> from, SpfVerdict v) {
        String domain = egress.domain();
        NodeSpec out = egress.node();
        SourceRef where = Sources.spfRecord(context.topology(), domain).map(r -> r.source())
                .orElse(Sources.acceptedDomain(out, domain));
        String ip = out.publicIp().getHostAddress();
        String message = domain + " mail of " + String.join(", ", from) + " reaches the internet from " + out.name()
                + " (" + ip + "), and the SPF of " + domain + " gives " + v.result().rfcName() + " for that address"
                + (v.explanation().isEmpty() ? "" : " (" + v.explanation() + ")") + " [RFC7208, §10, §14]";
        String fix = switch (v.result()) {
            case NONE -> "publish an SPF record for " + domain + " that authorises " + ip + ", e.g. \"v=spf1 ip4:" + ip
                    + " include:spf.protection.outlook.com -all\" [FIX, §10.2]";
            case PERMERROR, TEMPERROR -> "repair the SPF record of " + domain + " (see its spf findings) so that it "
                    + "authorises " + ip + " [RFC7208 §4.6]";
            default -> "add ip4:" + ip + " to the SPF record of " + domain + ", or send " + out.name()
                    + "'s internet mail through a host the record authorises (e.g. Exchange Online, "
                    + "include:spf.protection.outlook.com) [FIX, §10.2, CONN]";
        };
        return new Finding(where, RULE, message, fix);
    }

    /** The node mail leaves the topology from, and the domain of the envelope sender the receiver checks. */
    private record Egress(NodeSpec node, String domain) {
    }
}
