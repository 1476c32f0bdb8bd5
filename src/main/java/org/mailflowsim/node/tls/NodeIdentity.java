package org.mailflowsim.node.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * One node's key and lab-CA-signed certificate, with the TLS contexts built from them.
 *
 * <p>The keyed context is built lazily, once, and reused for every connection (never per connection). The same
 * context serves both directions: JSSE keeps separate client and server session caches per context, and the
 * server creator switches the socket to server mode itself. Thread-safe.
 */
public final class NodeIdentity {
    private static final char[] IN_MEMORY_PASSWORD = "lab".toCharArray();

    private final LabPki pki;
    private final String alias;
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final List<String> names;
    private volatile SSLContext keyed;

    NodeIdentity(LabPki pki, String alias, PrivateKey key, X509Certificate certificate, List<String> names) {
        this.pki = pki;
        this.alias = alias;
        this.key = key;
        this.certificate = certificate;
        this.names = names;
    }

    public String alias() {
        return alias;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** CN first, then the DNS SANs, lower case, no repeats (same order as {@link PeerCertificates#names}). */
    public List<String> names() {
        return names;
    }

    /** Leaf then CA: what the node sends in its Certificate message. */
    public List<X509Certificate> chain() {
        return List.of(certificate, pki.caCertificate());
    }

    /** For the node's SMTP server: presents this certificate, trusts only the lab CA for client certificates. */
    public SSLContext serverContext() {
        return keyed();
    }

    /**
     * For the node's SMTP client. {@code presentCertificate=false} models an on-prem Exchange send connector
     * without a TlsCertificateName: it still validates the server against the lab CA but sends no certificate.
     */
    public SSLContext clientContext(boolean presentCertificate) {
        return presentCertificate ? keyed() : pki.anonymousClientContext();
    }

    private SSLContext keyed() {
        SSLContext c = keyed;
        if (c == null) {
            synchronized (this) {
                c = keyed;
                if (c == null) {
                    keyed = c = build();
                }
            }
        }
        return c;
    }

    private SSLContext build() {
        try {
            // JKS, not PKCS12: this store lives only in memory for the factory to read, and PKCS12 protects the
            // key with 10,000-round PBKDF2 on both put and get: measured ~9 ms per node vs ~0.1 ms here.
            KeyStore ks = KeyStore.getInstance("JKS");
            ks.load(null, null);
            ks.setKeyEntry(alias, key, IN_MEMORY_PASSWORD, chain().toArray(X509Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, IN_MEMORY_PASSWORD);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), pki.trustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the TLS context of " + alias, e);
        }
    }

    @Override
    public String toString() {
        return "NodeIdentity[" + alias + " " + names + "]";
    }
}
