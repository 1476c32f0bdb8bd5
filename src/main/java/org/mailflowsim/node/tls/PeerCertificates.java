package org.mailflowsim.node.tls;

import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.mailflowsim.policy.CertificateNames;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.server.Session;

/** Reading certificates off a connection and matching their names the way connectors do. */
public final class PeerCertificates {
    private static final int SAN_DNS = 2;

    private PeerCertificates() {
    }

    /** Whether STARTTLS has completed on this SMTP session. */
    public static boolean tlsStarted(MessageContext ctx) {
        return ctx instanceof Session s && s.isTLSStarted();
    }

    /**
     * The certificate the SMTP client presented, or empty without TLS or without a client certificate.
     * {@code getTlsPeerCertificates()} is only filled in need mode, and we run want mode
     * (libraries.md gotcha 5), so this reads the SSLSocket's session directly.
     */
    public static Optional<X509Certificate> of(MessageContext ctx) {
        Certificate[] chain = ctx.getTlsPeerCertificates();
        if (chain == null && ctx instanceof Session s && s.getSocket() instanceof SSLSocket ssl) {
            return leaf(ssl.getSession());
        }
        return first(chain);
    }

    /**
     * {@link #names} of the certificate the SMTP client presented ({@link #of}), empty without one. The names are
     * kept on the TLS session, so a connection that carries many transactions parses its certificate once.
     */
    public static List<String> presentedNames(MessageContext ctx) {
        if (ctx.getTlsPeerCertificates() == null && ctx instanceof Session s && s.getSocket() instanceof SSLSocket ssl) {
            SSLSession session = ssl.getSession();
            if (session.getValue(NAMES_KEY) instanceof Names cached) {
                return cached.names();
            }
            List<String> names = leaf(session).map(PeerCertificates::names).orElse(List.of());
            session.putValue(NAMES_KEY, new Names(names));
            return names;
        }
        return of(ctx).map(PeerCertificates::names).orElse(List.of());
    }

    private static final String NAMES_KEY = "org.mailflowsim.peerCertificateNames";

    private record Names(List<String> names) {
    }

    /** The leaf certificate the peer of this TLS session presented, empty if it presented none. */
    public static Optional<X509Certificate> leaf(SSLSession session) {
        try {
            return first(session.getPeerCertificates());
        } catch (SSLPeerUnverifiedException noCertificate) {
            return Optional.empty();
        }
    }

    private static Optional<X509Certificate> first(Certificate[] chain) {
        return chain != null && chain.length > 0 && chain[0] instanceof X509Certificate x
                ? Optional.of(x) : Optional.empty();
    }

    /** Subject CN, then the DNS SANs: lower case, no repeats (the order Exchange shows them in). */
    public static List<String> names(X509Certificate cert) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        commonName(cert).ifPresent(names::add);
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    if (san.get(0) instanceof Integer type && type == SAN_DNS && san.get(1) instanceof String dns) {
                        names.add(dns.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A malformed SAN extension: fall back to the CN alone rather than failing the session.
        }
        return List.copyOf(names);
    }

    private static Optional<String> commonName(X509Certificate cert) {
        try {
            // getRdns() lists the RDNs right to left; the left-most CN is the most specific one.
            List<Rdn> rdns = new LdapName(cert.getSubjectX500Principal().getName()).getRdns();
            for (int i = rdns.size() - 1; i >= 0; i--) {
                if (rdns.get(i).getType().equalsIgnoreCase("CN")) {
                    return Optional.of(rdns.get(i).getValue().toString().toLowerCase(Locale.ROOT));
                }
            }
        } catch (InvalidNameException e) {
            // Unparseable subject: the SANs still count.
        }
        return Optional.empty();
    }

    /** The first of the certificate's names (CN, then SANs) that {@code pattern} matches (see {@link #nameMatches}). */
    public static Optional<String> matchingName(String pattern, X509Certificate cert) {
        return names(cert).stream().filter(n -> nameMatches(pattern, n)).findFirst();
    }

    /** Certificate-name matching as connectors use it: see {@link CertificateNames#matches}. */
    public static boolean nameMatches(String pattern, String name) {
        return CertificateNames.matches(pattern, name);
    }
}
