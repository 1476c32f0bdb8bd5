package org.mailflowsim.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mailflowsim.policy.Verdict;

/**
 * What the receiving node decided in one SMTP transaction, handed back to the sending node's trace: the inbound
 * connector it matched, TLS, the client certificate it saw, and the reason behind each RCPT and DATA verdict.
 */
final class ReceiverView {
    // Written on the receiver's session thread, read on the sender's: hence volatile and a synchronized map.
    volatile Optional<String> inboundConnector = Optional.empty();
    volatile boolean tls;
    volatile Optional<String> clientCertificate = Optional.empty();
    final Map<String, Verdict> recipients = Collections.synchronizedMap(new LinkedHashMap<>());
    volatile Optional<Verdict> mailFrom = Optional.empty();
    volatile Optional<Verdict> data = Optional.empty();
    /** The SPF verdict the receiver recorded, when it checks SPF. */
    volatile Optional<org.mailflowsim.trace.SpfCheck> spf = Optional.empty();
    /** The journal slot the receiver kept for this hop when it accepted the message. */
    volatile Optional<Integer> hopSlot = Optional.empty();
}
