package org.mailflowsim.policy;

import java.net.InetAddress;
import java.util.List;

/**
 * What a receiving node knows about the SMTP client, as Exchange knows it: the public IP the TCP peer
 * address maps to, whether STARTTLS was negotiated, the names on the client certificate (empty when none was
 * presented), and the HELO name. Never taken from a message header.
 */
public record SessionFacts(InetAddress peerIp, boolean tls, List<String> clientCertificateNames, String helo) {
    public SessionFacts {
        clientCertificateNames = List.copyOf(clientCertificateNames);
    }

    public boolean presentedCertificate() {
        return !clientCertificateNames.isEmpty();
    }
}
