package org.mailflowsim.node.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.Session;

/** Minimal handler that records what a transaction looked like from the server side (keeps every recipient). */
final class RecordingHandler implements MessageHandler {
    record Received(boolean tls, boolean tcpNoDelay, String clientIp, Optional<String> helo, List<String> peerNames,
                    String from, List<String> recipients, byte[] data) {
    }

    private final MessageContext ctx;
    private final Queue<Received> sink;
    private String from;
    private final List<String> recipients = new ArrayList<>();

    RecordingHandler(MessageContext ctx, Queue<Received> sink) {
        this.ctx = ctx;
        this.sink = sink;
    }

    @Override
    public void from(String from) {
        this.from = from;
    }

    @Override
    public void recipient(String recipient) {
        recipients.add(recipient);
    }

    @Override
    public String data(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        sink.add(new Received(PeerCertificates.tlsStarted(ctx), noDelay(),
                ((InetSocketAddress) ctx.getRemoteAddress()).getHostString(), ctx.getHelo(),
                PeerCertificates.of(ctx).map(PeerCertificates::names).orElse(List.of()),
                from, List.copyOf(recipients), raw));
        return null;
    }

    private boolean noDelay() throws SocketException {
        return ((Session) ctx).getSocket().getTcpNoDelay();
    }

    @Override
    public void done() {
    }
}
