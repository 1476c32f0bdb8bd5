package org.mailflowsim.node.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.subethamail.smtp.server.SSLSocketCreator;
import org.subethamail.smtp.server.ServerSocketCreator;

/** Socket plumbing for STARTTLS on both ends of a hop. */
public final class StartTlsSockets {
    private StartTlsSockets() {
    }

    /**
     * For {@code SMTPServer.Builder.startTlsSocketFactory(SSLSocketCreator)} together with {@code enableTLS(true)}.
     *
     * <ul>
     *   <li>Host string, not {@code getHostName()}: the built-in creator does a reverse DNS lookup on every
     *       STARTTLS (libraries.md gotcha 7).</li>
     *   <li><b>Want</b> client auth, not need: in need mode a client without an acceptable certificate gets a broken
     *       pipe instead of an SMTP reply (libraries.md §1, gotcha 6). Handlers decide with
     *       {@link PeerCertificates#of}.</li>
     *   <li>TCP_NODELAY: with TLS, Nagle on one end and delayed ACK on the other stall each connection
     *       by ~40 ms; it must be set on both ends (libraries.md §7, gotcha 15).</li>
     * </ul>
     */
    public static SSLSocketCreator serverCreator(SSLContext context) {
        SSLSocketFactory factory = context.getSocketFactory();
        return (Socket socket) -> {
            InetSocketAddress remote = (InetSocketAddress) socket.getRemoteSocketAddress();
            SSLSocket s = (SSLSocket) factory.createSocket(socket, remote.getHostString(), socket.getPort(), true);
            s.setUseClientMode(false);
            s.setWantClientAuth(true);
            s.setTcpNoDelay(true);
            return s;
        };
    }

    /**
     * For {@code SMTPServer.Builder.serverSocketFactory(ServerSocketCreator)}: an unbound listener (SubEtha binds
     * it) whose accepted sockets are {@link BufferedInputSocket}s, so STARTTLS layers TLS over buffered input.
     */
    public static ServerSocketCreator bufferedServerSockets() {
        return () -> new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                if (isClosed()) {
                    throw new java.net.SocketException("Socket is closed");
                }
                Socket s = new BufferedInputSocket();
                implAccept(s);
                return s;
            }
        };
    }

    /**
     * For Angus: put the result as an object under {@code mail.smtp.ssl.socketFactory}. Every socket it creates has
     * TCP_NODELAY set, including the layered one Angus makes for STARTTLS with
     * {@code createSocket(Socket, host, port, autoClose)} (libraries.md §7).
     */
    public static SSLSocketFactory clientFactory(SSLContext context) {
        return new NoDelayFactory(context.getSocketFactory());
    }

    /** Delegates everything; only adds TCP_NODELAY. */
    private static final class NoDelayFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;

        NoDelayFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        private static Socket noDelay(Socket s) throws IOException {
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            // On a layered SSLSocket the option is passed through to the plain socket underneath.
            return noDelay(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(delegate.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(delegate.createSocket(address, port, localAddress, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }
    }
}
