package org.mailflowsim.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.InetSocketAddress;
import javax.net.SocketFactory;
import org.mailflowsim.node.tls.BufferedInputSocket;

/**
 * The plain socket factory of one client connection. It remembers its socket, so the sender knows its own
 * ip:port (the key under which the receiver noted its decisions), and sets TCP_NODELAY as the server does
 * (one side alone stalls on delayed ACKs: libraries.md §7). Its sockets buffer their input
 * ({@link BufferedInputSocket}) for the TLS layer Angus puts on top at STARTTLS.
 */
final class CapturingSocketFactory extends SocketFactory {
    private volatile Socket socket;

    Socket socket() {
        return socket;
    }

    private Socket remember(Socket s) throws IOException {
        s.setTcpNoDelay(true);
        socket = s;
        return s;
    }

    @Override
    public Socket createSocket() throws IOException {
        return remember(new BufferedInputSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return createSocket(InetAddress.getByName(host), port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(InetAddress.getByName(host), port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket s = new BufferedInputSocket();
        s.connect(new InetSocketAddress(host, port));
        return remember(s);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket s = new BufferedInputSocket();
        s.bind(new InetSocketAddress(localAddress, localPort));
        s.connect(new InetSocketAddress(address, port));
        return remember(s);
    }
}
