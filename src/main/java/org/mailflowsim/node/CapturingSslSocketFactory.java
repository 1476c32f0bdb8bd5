package org.mailflowsim.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.mailflowsim.node.tls.PeerCertificates;

/**
 * The STARTTLS socket factory of one client connection: delegates to the node's client TLS context and keeps
 * the resulting socket, so the trace can say whether TLS was used and which certificate the server showed.
 */
final class CapturingSslSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private volatile SSLSocket socket;

    CapturingSslSocketFactory(SSLSocketFactory delegate) {
        this.delegate = delegate;
    }

    Optional<SSLSocket> socket() {
        return Optional.ofNullable(socket);
    }

    Optional<String> serverCertificateName() {
        try {
            if (socket == null) {
                return Optional.empty();
            }
            X509Certificate cert = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            return PeerCertificates.names(cert).stream().findFirst();
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    private Socket remember(Socket s) {
        if (s instanceof SSLSocket ssl) {
            socket = ssl;
        }
        return s;
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return remember(delegate.createSocket(s, host, port, autoClose));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return remember(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return remember(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return remember(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return remember(delegate.createSocket(address, port, localAddress, localPort));
    }
}
