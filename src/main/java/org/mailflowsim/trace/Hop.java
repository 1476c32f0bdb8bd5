package org.mailflowsim.trace;

import java.util.List;
import java.util.Optional;

/**
 * One SMTP conversation that carried (or tried to carry) a message from one node to the next: the outbound
 * connector the sender used (if any), the inbound connector the receiver matched (if any), whether STARTTLS
 * was negotiated, the certificate name the peer presented, the final reply, which recipients it carried, and
 * the SPF verdict the receiver recorded (when it checks SPF). Without an outbound connector the sender routed by
 * MX, unless {@code direct}: it ignored MX and connected to a host it was told (a simulation's {@code connectTo}).
 */
public record Hop(String from, String to, Optional<String> outboundConnector, Optional<String> inboundConnector,
                  boolean tls, Optional<String> receiverCertificate, Optional<String> senderCertificate,
                  String reply, List<String> recipients, boolean direct, Optional<SpfCheck> spf) {
    public Hop {
        recipients = List.copyOf(recipients);
    }

    /** A hop routed by an outbound connector or by MX, whose receiver recorded no SPF verdict. */
    public Hop(String from, String to, Optional<String> outboundConnector, Optional<String> inboundConnector,
               boolean tls, Optional<String> receiverCertificate, Optional<String> senderCertificate, String reply,
               List<String> recipients) {
        this(from, to, outboundConnector, inboundConnector, tls, receiverCertificate, senderCertificate, reply,
                recipients, false, Optional.empty());
    }

    /** How the sender chose this hop: its outbound connector's name, {@code MX}, or {@code direct}. */
    public String route() {
        return outboundConnector.orElse(direct ? "direct" : "MX");
    }
}
