package org.mailflowsim.policy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.NodeSpec;

/**
 * Exchange Online's Sender Rewriting Scheme for one tenant (domain.md §7.2 [SRS], rules 29–32): rewrites the P1
 * sender of relayed and forwarded mail on its way out, never toward on-premises unless the OnPremises connector
 * has SenderRewritingEnabled, and reverses the addresses it issued when an NDR comes back to them.
 */
final class TenantSrs {
    private final NodeSpec node;
    private final Clock clock;
    private final SrsRewriter rewriter;

    TenantSrs(NodeSpec node, Clock clock) {
        this.node = node;
        this.clock = clock;
        // A fixed per-tenant key: the same run gives the same addresses (reproducible traces).
        this.rewriter = new SrsRewriter(("mailflow-sim SRS " + node.name()).getBytes(StandardCharsets.UTF_8));
    }

    /** The relay form {@code bounces+SRS=…@<default accepted domain>} on an outbound leg that rewrites. */
    Route rewriteRelay(Route route, String mailFrom) {
        if (!(route instanceof Route.Relay r) || !rewritesOn(r)) {
            return route;
        }
        String domain = node.acceptedDomains().get(0).domain();
        return r.withEnvelopeFrom(rewriter.relay(domain, mailFrom, clock.instant()),
                "P1 " + mailFrom + " is not an accepted domain, so SRS rewrites it [SRS, rule 29]");
    }

    String forwardAddress(String forwardingMailbox, String originalSender) {
        return rewriter.forward(forwardingMailbox, originalSender, clock.instant());
    }

    Optional<String> reverse(String address) {
        return address.contains("+srs=") || address.contains("+SRS=") ? rewriter.reverse(address) : Optional.empty();
    }

    /** Mail bound to on-premises is not rewritten unless that connector asks for it (rule 30). */
    private boolean rewritesOn(Route.Relay r) {
        return r.hop().connector().flatMap(name -> node.outboundConnectors().stream()
                        .filter(c -> c.name().equals(name)).findFirst())
                .map(c -> c.type() != ConnectorType.ON_PREMISES || c.senderRewritingEnabled()).orElse(true);
    }
}
