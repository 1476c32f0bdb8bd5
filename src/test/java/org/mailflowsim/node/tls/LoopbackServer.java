package org.mailflowsim.node.tls;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A SubEtha server on a random 127.0.0.x (loopback only), retried elsewhere on BindException so concurrent test
 * runs in other worktrees cannot make this one flaky. The client address is the next one up.
 */
final class LoopbackServer implements AutoCloseable {
    static final int PORT = 2525;
    private final SMTPServer server;
    private final InetAddress address;

    private LoopbackServer(SMTPServer server, InetAddress address) {
        this.server = server;
        this.address = address;
    }

    static LoopbackServer start(UnaryOperator<SMTPServer.Builder> config) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            InetAddress address = loopback(ThreadLocalRandom.current().nextInt(10, 250));
            // A stopped or failed SMTPServer cannot be started again (libraries.md §1): build a new one per try.
            SMTPServer server = config.apply(SMTPServer.port(PORT).bindAddress(address)
                    .softwareName("SimMTA").insertReceivedHeaders(false)).build();
            try {
                server.start();
                return new LoopbackServer(server, address);
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof BindException)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    InetSocketAddress endpoint() {
        return new InetSocketAddress(address, PORT);
    }

    /** Where the test's client binds: another loopback address, next to the server's. */
    InetAddress clientAddress() {
        return loopback((address.getAddress()[3] & 0xff) + 1);
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
