package org.mailflowsim.node.tls;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

class StartTlsSocketsTest {

    /** The layered createSocket is what Angus calls for STARTTLS; no handshake is needed to check the option. */
    @Test
    void clientFactorySetsTcpNoDelayOnLayeredSocket() throws Exception {
        InetAddress lo = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        SSLSocketFactory f = StartTlsSockets.clientFactory(
                LabPki.create().issue("c", List.of("c.test")).clientContext(true));
        try (ServerSocket listener = new ServerSocket(0, 1, lo);
             Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(lo, listener.getLocalPort()), 5000);
            try (Socket accepted = listener.accept();
                 Socket layered = f.createSocket(plain, lo.getHostAddress(), listener.getLocalPort(), true)) {
                assertTrue(layered.getTcpNoDelay());
                assertTrue(plain.getTcpNoDelay(), "reaches the TCP socket underneath");
            }
        }
    }

    @Test
    void clientFactorySetsTcpNoDelayOnUnconnectedSocket() throws Exception {
        try (Socket s = StartTlsSockets.clientFactory(LabPki.create().anonymousClientContext()).createSocket()) {
            assertTrue(s.getTcpNoDelay());
        }
    }
}
