package org.mailflowsim.node.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.Certificate;
import org.mailflowsim.topology.SourceRef;

class LabPkiTest {
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private final LabPki pki = LabPki.create();

    @Test
    void caIsACertificateAuthority() throws Exception {
        X509Certificate ca = pki.caCertificate();
        assertTrue(ca.getBasicConstraints() >= 0, "CA:true");
        boolean[] ku = ca.getKeyUsage();
        assertTrue(ku[5] && ku[6], "keyCertSign|cRLSign");
        assertEquals("SHA256withECDSA", ca.getSigAlgName());
        ca.verify(ca.getPublicKey());
    }

    @Test
    void leafCarriesNamesUsagesAndKeyIdentifiers() throws Exception {
        NodeIdentity id = pki.issue("edge", List.of("Mail.Contoso.com", "*.contoso.com", "mail.contoso.com"));
        X509Certificate c = id.certificate();

        c.verify(pki.caCertificate().getPublicKey());
        c.checkValidity(new Date());
        assertEquals("CN=mail.contoso.com", c.getSubjectX500Principal().getName());
        assertEquals(List.of("mail.contoso.com", "*.contoso.com"), PeerCertificates.names(c));
        assertEquals(List.of("mail.contoso.com", "*.contoso.com"), id.names());
        assertEquals(List.of(SERVER_AUTH, CLIENT_AUTH), c.getExtendedKeyUsage());
        assertEquals(-1, c.getBasicConstraints(), "CA:false");
        assertEquals("EC", c.getPublicKey().getAlgorithm());
        assertNotNull(c.getExtensionValue("2.5.29.14"), "SKI");
        byte[] akiId = AuthorityKeyIdentifier.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(c.getExtensionValue("2.5.29.35"))).getKeyIdentifier();
        byte[] caSki = SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                pki.caCertificate().getExtensionValue("2.5.29.14"))).getKeyIdentifier();
        assertArrayEquals(caSki, akiId, "AKI = CA's SKI");
        assertEquals(List.of(c, pki.caCertificate()), id.chain());
    }

    @Test
    void issuesFromTopologyCertificate() {
        Certificate spec = new Certificate("mail.contoso.com", List.of("autodiscover.contoso.com"),
                SourceRef.NONE);
        assertEquals(List.of("mail.contoso.com", "autodiscover.contoso.com"),
                PeerCertificates.names(pki.issue("edge", spec).certificate()));
    }

    @Test
    void rejectsEmptyNameList() {
        assertThrows(IllegalArgumentException.class, () -> pki.issue("x", List.of()));
    }

    @Test
    void contextsAreBuiltOnceAndShared() {
        NodeIdentity id = pki.issue("edge", List.of("mail.contoso.com"));
        assertSame(id.serverContext(), id.serverContext());
        assertSame(id.serverContext(), id.clientContext(true));
        assertSame(pki.anonymousClientContext(), id.clientContext(false));
        assertNotSame(id.serverContext(), pki.issue("other", List.of("mail.contoso.com")).serverContext());
    }

    @Test
    void serialsDiffer() {
        assertNotEquals(pki.issue("a", List.of("a.test")).certificate().getSerialNumber(),
                pki.issue("b", List.of("a.test")).certificate().getSerialNumber());
    }
}
