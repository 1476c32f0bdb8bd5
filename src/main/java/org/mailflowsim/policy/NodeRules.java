package org.mailflowsim.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.AcceptedDomain;
import org.mailflowsim.topology.DomainType;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.trace.EndStateKind;

/**
 * What every role's policy needs of its node, computed once: accepted domains, recipient lookup, the
 * hop-count test and next-hop building. Role policies add the rules that differ.
 */
final class NodeRules {
    final NodeSpec node;
    final SimulatedDns dns;
    final Set<String> acceptedDomains;

    NodeRules(NodeSpec node, SimulatedDns dns) {
        this.node = node;
        this.dns = dns;
        this.acceptedDomains = node.acceptedDomains().stream().map(AcceptedDomain::domain)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean accepts(String domain) {
        return acceptedDomains.contains(domain);
    }

    DomainType domainType(String domain) {
        return node.acceptedDomain(domain).map(AcceptedDomain::type).orElseThrow();
    }

    Optional<Mailbox> mailbox(String address) {
        for (Mailbox m : node.mailboxes()) {   // a loop, not a stream: this runs for every recipient at every hop
            if (m.answersTo(address)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** RFC 5321 §6.3 loop test by Received-header count, with the role's reply. */
    Verdict hopCount(int receivedHeaders, int code, String text, String source) {
        int max = node.limits().maxHopCount();
        if (receivedHeaders > max) {
            return new Verdict.Refuse(code, text, EndStateKind.LOOPED,
                    receivedHeaders + " Received headers exceed this node's limit of " + max + " " + source);
        }
        return Verdict.accept(receivedHeaders + " Received headers, limit " + max);
    }

    /**
     * End of DATA: the hop-count test with the role's reply, then the node's spam filter unless {@code spamExemption}
     * says why this message is not filtered.
     */
    Verdict endOfData(MessageFacts message, Optional<String> spamExemption, int code, String text, String source) {
        Verdict hops = hopCount(message.receivedHeaders(), code, text, source);
        if (hops instanceof Verdict.Refuse) {
            return hops;
        }
        return SpamFilter.judge(node.spamFilter(), message, spamExemption).orElse(hops);
    }

    Optional<String> nodeCertificate() {
        return node.certificate().map(c -> c.subject());
    }

    /** Next hop through a connector: its smart hosts, or the MX hosts of the address's domain. */
    Route.Relay viaConnector(OutboundConnector c, String address, Optional<String> clientCert, String reason) {
        List<String> hosts = c.usesMx() ? dns.mailHosts(Addresses.domainOf(address)) : c.smartHosts();
        return new Route.Relay(address, NextHop.viaConnector(c, hosts, clientCert), reason);
    }

    Route.Relay viaMx(String address, Optional<String> clientCert, String reason) {
        return new Route.Relay(address, NextHop.viaMx(dns.mailHosts(Addresses.domainOf(address)), clientCert),
                reason);
    }

    Optional<OutboundConnector> connectorFor(String address, List<OutboundConnector> candidates) {
        return OutboundConnectorSelector.select(candidates, Addresses.domainOf(address), acceptedDomains);
    }

    /** A recipient this node accepted but cannot deliver: it bounces (an NDR, unless the sender is null). */
    static Route.Fail fail(String code, String reason) {
        return new Route.Fail(EndStateKind.BOUNCED, code, reason);
    }
}
