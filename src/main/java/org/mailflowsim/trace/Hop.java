package org.mailflowsim.trace;

import java.util.List;
import java.util.Optional;

/**
 * One SMTP conversation that carried (or tried to carry) a message from one node to the next: the outbound
 * connector the sender used (if any), the inbound connector the receiver matched (if any), whether STARTTLS
 * was negotiated, the certificate name the peer presented, the final reply, which recipients it carried, and
 * the SPF verdict the receiver recorded (when it checks SPF).
 */
public record Hop(String from, String to, Optional<String> outboundConnector, Optional<String> inboundConnector,
                  boolean tls, Optional<String> receiverCertificate, Optional<String> senderCertificate,
                  String reply, List<String> recipients, Optional<SpfCheck> spf) {
    public Hop {
        recipients = List.copyOf(recipients);
    }

    /** A hop whose receiver recorded no SPF verdict. */
    public Hop(String from, String to, Optional<String> outboundConnector, Optional<String> inboundConnector,
               boolean tls, Optional<String> receiverCertificate, Optional<String> senderCertificate, String reply,
               List<String> recipients) {
        this(from, to, outboundConnector, inboundConnector, tls, receiverCertificate, senderCertificate, reply,
                recipients, Optional.empty());
    }
}
