package org.mailflowsim.auth;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mailflowsim.policy.ConnectorMatch;
import org.mailflowsim.policy.Provenance;
import org.mailflowsim.policy.Verdict;
import org.mailflowsim.spf.SpfVerdict;
import org.mailflowsim.topology.EnhancedFiltering;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.Role;
import org.mailflowsim.trace.SpfCheck;

/**
 * What one receiving node does about SPF (RFC 7208; domain.md §9–10, §13 rules 35–37): evaluates check_host()
 * for the connecting client at MAIL FROM, refuses the results its settings name, and at end of DATA settles the
 * verdict it records — re-evaluated for the original internet sender when the session's inbound connector has
 * Enhanced Filtering — with the header fields that carry it.
 */
public final class SpfReceiver {
    private final NodeSpec node;
    private final CachingSpfEvaluator evaluator;

    public SpfReceiver(NodeSpec node, CachingSpfEvaluator evaluator) {
        this.node = node;
        this.evaluator = evaluator;
    }

    /**
     * The verdict for the connecting client, or empty when this node does not check this session. Exchange Online
     * does not check mail that came through an OnPremises connector: that is the organisation's own mail,
     * attributed as internal (domain.md §13 rule 8; whether EOP also evaluates SPF "on entry" there is UNCONFIRMED,
     * §15).
     */
    public Optional<SpfVerdict> atMailFrom(Provenance.Received session, String mailFrom) {
        if (!node.spf().check() || internalHybridMail(session)) {
            return Optional.empty();
        }
        return Optional.of(evaluator.check(session.session().peerIp(), mailFrom, session.session().helo()));
    }

    /** A refusal when the node's settings refuse this result (RFC 7372 §3.2 enhanced status codes). */
    public Optional<Verdict.Refuse> refusal(SpfVerdict v) {
        if (!node.spf().reject().contains(v.result())) {
            return Optional.empty();
        }
        String because = "SPF " + v.result().rfcName() + " for " + v.domain() + " from " + v.ip().getHostAddress()
                + " (" + v.explanation() + "), and " + node.name() + " refuses " + v.result().rfcName()
                + " [RFC7208 §8, RFC7372]";
        return Optional.of((Verdict.Refuse) switch (v.result()) {
            case TEMPERROR -> Verdict.reject(451, "4.7.24 SPF validation error", because);
            case PERMERROR -> Verdict.reject(550, "5.7.24 SPF validation error", because);
            default -> Verdict.reject(550, "5.7.23 SPF validation failed", because);
        });
    }

    /**
     * The verdict to record once the message is in: the MAIL FROM one, or with Enhanced Filtering the one for the
     * original sender found in the Received chain (EF applies only when every recipient is in EFUsers, if set).
     * The chain is read only then.
     */
    public Optional<Stamp> atEndOfData(Provenance.Received session, Optional<SpfVerdict> atMailFrom, String mailFrom,
                                       Supplier<List<String>> receivedValues, List<String> recipients) {
        if (atMailFrom.isEmpty()) {
            return Optional.empty();
        }
        String helo = session.session().helo();
        Optional<EnhancedFiltering> ef = session.connector().map(ConnectorMatch::connector)
                .flatMap(c -> c.enhancedFiltering())
                .filter(e -> EnhancedFilteringWalk.appliesTo(e, recipients));
        Optional<ReceivedChain.Relay> original = ef.flatMap(e -> EnhancedFilteringWalk.originalSender(e,
                new ReceivedChain.Relay(session.session().peerIp(), helo, helo), ReceivedChain.parse(receivedValues.get())));
        SpfVerdict verdict = original.map(r -> evaluator.check(r.ip(), mailFrom, r.helo())).orElse(atMailFrom.get());
        String verdictHelo = original.map(ReceivedChain.Relay::helo).orElse(helo);
        SpfCheck check = original.isEmpty() ? traced(verdict) : new SpfCheck(verdict.result().rfcName(),
                verdict.ip().getHostAddress(), verdict.domain(), verdict.identity(), verdict.explanation()
                + "; Enhanced Filtering evaluated the original sender from the Received chain [EF, rule 35]",
                Optional.of(session.session().peerIp().getHostAddress()));
        return Optional.of(new Stamp(check,
                AuthenticationHeaders.of(node.hostname(), verdict, mailFrom, verdictHelo, original)));
    }

    /** A verdict as the trace records it (also when it refused the message at MAIL FROM). */
    public static SpfCheck traced(SpfVerdict v) {
        return new SpfCheck(v.result().rfcName(), v.ip().getHostAddress(), v.domain(), v.identity(), v.explanation(),
                Optional.empty());
    }

    private boolean internalHybridMail(Provenance.Received session) {
        return node.role() == Role.EXCHANGE_ONLINE && session.onPremisesConnector().isPresent();
    }

    /** The verdict to trace and the header fields that record it, topmost first. */
    public record Stamp(SpfCheck check, List<String> headers) {
        public Stamp {
            headers = List.copyOf(headers);
        }
    }

}
