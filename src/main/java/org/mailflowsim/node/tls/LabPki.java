package org.mailflowsim.node.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.mailflowsim.topology.Certificate;

/**
 * The run's private certificate authority: created once per run, it issues one {@link NodeIdentity} per node.
 *
 * <p>Everything is EC P-256 / SHA256withECDSA: key generation is ~15x cheaper than RSA 2048 (libraries.md §3),
 * which matters because every node with a certificate gets a fresh key. Only JDK providers are used; BouncyCastle
 * only builds the certificates, so no provider registration is needed (libraries.md §3).
 */
public final class LabPki {
    private static final String SIGNATURE = "SHA256withECDSA";
    /** Backdated a day so clock skew never makes a fresh certificate "not yet valid". */
    private static final Duration BACKDATE = Duration.ofDays(1);
    private static final Duration LEAF_LIFETIME = Duration.ofDays(2);
    private static final Duration CA_LIFETIME = Duration.ofDays(3);

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;
    private final SecureRandom random;
    /** One trust manager over the CA alone, shared by every context: it is stateless and thread-safe. */
    private final TrustManager[] trustManagers;
    private final SSLContext anonymousClient;

    private LabPki(KeyPair caKeys, X509Certificate caCertificate, SecureRandom random) throws GeneralSecurityException {
        this.caKeys = caKeys;
        this.caCertificate = caCertificate;
        this.random = random;
        this.trustManagers = trustOnly(caCertificate);
        this.anonymousClient = SSLContext.getInstance("TLS");
        anonymousClient.init(null, trustManagers, null);
    }

    /** Generates a fresh CA (CA:true, keyCertSign|cRLSign). Call once per run. */
    public static LabPki create() {
        try {
            SecureRandom random = new SecureRandom();
            KeyPair keys = newKeyPair();
            Instant now = Instant.now();
            X500Name subject = cn("mailflow-sim lab CA " + Long.toHexString(random.nextLong() >>> 16));
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial(random),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(CA_LIFETIME)), subject, keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate ca = sign(b, keys);
            return new LabPki(keys, ca, random);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot create the lab CA", e);
        }
    }

    /**
     * Issues a leaf certificate for a node: CN = the first name, a DNS SAN for every name (wildcards such as
     * {@code *.contoso.com} allowed), EKU serverAuth+clientAuth (a node both receives and relays), AKI/SKI.
     * Names are lower-cased. Thread-safe.
     *
     * @param alias    a label for logs and the key manager (e.g. the node name)
     * @param dnsNames at least one name; the first becomes the subject CN
     */
    public NodeIdentity issue(String alias, List<String> dnsNames) {
        List<String> names = List.copyOf(new LinkedHashSet<>(
                dnsNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()));
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one name: " + alias);
        }
        try {
            KeyPair keys = newKeyPair();
            Instant now = Instant.now();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(caCertificate, serial(random),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(LEAF_LIFETIME)), cn(names.get(0)),
                    keys.getPublic());
            // Not shared: JcaX509ExtensionUtils holds a digest calculator, so it is not thread-safe.
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.stream()
                    .map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCertificate));
            return new NodeIdentity(this, alias, keys.getPrivate(), sign(b, caKeys), names);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + alias, e);
        }
    }

    /** Issues the certificate a topology declares for a node: its subject first, then its SANs. */
    public NodeIdentity issue(String alias, Certificate certificate) {
        return issue(alias, certificate.allNames());
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /**
     * A client context that trusts the lab CA and presents no certificate, for nodes without one (and for
     * on-prem send connectors without a TlsCertificateName). Built once; shared.
     */
    public SSLContext anonymousClientContext() {
        return anonymousClient;
    }

    TrustManager[] trustManagers() {
        return trustManagers;
    }

    private static TrustManager[] trustOnly(X509Certificate ca) throws GeneralSecurityException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setCertificateEntry("lab-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            return tmf.getTrustManagers();
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate())));
    }

    private static X500Name cn(String name) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).build();
    }

    /** Random positive 64-bit serial: unique enough within one run, never zero. */
    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(63, random).add(BigInteger.ONE);
    }
}
