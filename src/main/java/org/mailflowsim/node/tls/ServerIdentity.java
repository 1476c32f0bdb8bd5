package org.mailflowsim.node.tls;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;

/**
 * The sending side's check of the receiving server's certificate, as an Angus hostname verifier, plus a record of
 * what the server presented (for the trace).
 *
 * <p>Why not Angus' own check: nodes are reached by loopback IP, so {@code checkserveridentity=true} would demand
 * IP SANs (libraries.md §2, gotcha 12). Exchange instead compares a configured name (an outbound connector's
 * TlsDomain, e.g. {@code mail.contoso.com}) with the certificate's CN and SANs; Angus calls this verifier after the
 * handshake and fails the connection when it returns false. Chain trust (lab CA) is still checked by JSSE.
 *
 * <p>Use one instance per connection attempt (it remembers the last server it saw); it is thread-safe to read.
 */
public final class ServerIdentity implements HostnameVerifier {
    private final Optional<String> expectedDomain;
    private volatile Optional<X509Certificate> presented = Optional.empty();

    private ServerIdentity(Optional<String> expectedDomain) {
        this.expectedDomain = expectedDomain.map(d -> d.toLowerCase(Locale.ROOT));
    }

    /** Accepts only a server whose CN or a DNS SAN matches {@code domain} ({@link PeerCertificates#nameMatches}). */
    public static ServerIdentity expecting(String domain) {
        return new ServerIdentity(Optional.of(domain));
    }

    /** Accepts any server the lab CA vouches for, only recording its names (no domain validation). */
    public static ServerIdentity anyTrusted() {
        return new ServerIdentity(Optional.empty());
    }

    /** Sets {@code mail.<protocol>.ssl.checkserveridentity=false} and this verifier (as an object) on {@code props}. */
    public Properties applyTo(Properties props, String protocol) {
        props.put("mail." + protocol + ".ssl.checkserveridentity", "false");
        props.put("mail." + protocol + ".ssl.hostnameverifier", this);
        return props;
    }

    /** {@link #applyTo(Properties, String)} for {@code smtp}. */
    public Properties applyTo(Properties props) {
        return applyTo(props, "smtp");
    }

    @Override
    public boolean verify(String host, SSLSession session) {
        Optional<X509Certificate> cert = PeerCertificates.leaf(session);
        presented = cert;
        return cert.isPresent() && (expectedDomain.isEmpty() || matchedName().isPresent());
    }

    public Optional<String> expectedDomain() {
        return expectedDomain;
    }

    /** The certificate of the last server verified, if any handshake got that far. */
    public Optional<X509Certificate> presentedCertificate() {
        return presented;
    }

    /** The last server's names: CN, then DNS SANs ({@link PeerCertificates#names}). */
    public List<String> presentedNames() {
        return presented.map(PeerCertificates::names).orElse(List.of());
    }

    /**
     * The name to report for the last server: the one that matched the expected domain, or else its CN
     * (first name). Empty if no certificate was seen.
     */
    public Optional<String> presentedName() {
        return matchedName().or(() -> presentedNames().stream().findFirst());
    }

    /** The server's name that matched the expected domain, empty if none did or none was expected. */
    public Optional<String> matchedName() {
        return expectedDomain.flatMap(d -> presented.flatMap(c -> PeerCertificates.matchingName(d, c)));
    }
}
