package org.mailflowsim.policy;

import java.util.List;
import java.util.Optional;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.TlsMode;

/**
 * Where to send a recipient next: the candidate host names in order (a connector's smart hosts or the
 * recipient domain's MX hosts), the TLS the hop must use, and the certificate name the sender presents
 * (none for an Exchange Server send connector without TlsCertificateName). Equal next hops share one SMTP
 * transaction, as a queue manager groups recipients by next hop (Postfix qmgr).
 */
public record NextHop(Optional<String> connector, List<String> hosts, TlsMode tls, Optional<String> tlsDomain,
                      Optional<String> clientCertificate, boolean direct) {
    public NextHop {
        hosts = List.copyOf(hosts);
    }

    public NextHop(Optional<String> connector, List<String> hosts, TlsMode tls, Optional<String> tlsDomain,
                   Optional<String> clientCertificate) {
        this(connector, hosts, tls, tlsDomain, clientCertificate, false);
    }

    public static NextHop viaConnector(OutboundConnector c, List<String> hosts, Optional<String> clientCertificate) {
        return new NextHop(Optional.of(c.name()), hosts, c.tls(), c.tlsDomain(), clientCertificate);
    }

    public static NextHop viaMx(List<String> hosts, Optional<String> clientCertificate) {
        return new NextHop(Optional.empty(), hosts, TlsMode.OPPORTUNISTIC, Optional.empty(), clientCertificate);
    }

    /**
     * Straight to {@code host}, ignoring the recipient domain's MX, with opportunistic TLS like an MX hop: how a
     * spammer or a misconfigured sender reaches a tenant's EOP host directly (a simulation's {@code connectTo}).
     */
    public static NextHop direct(String host, Optional<String> clientCertificate) {
        return new NextHop(Optional.empty(), List.of(host), TlsMode.OPPORTUNISTIC, Optional.empty(), clientCertificate,
                true);
    }

    public String describe() {
        return connector.map(c -> "connector '" + c + "'").orElse(direct ? "direct" : "MX") + " → "
                + String.join(", ", hosts);
    }
}
