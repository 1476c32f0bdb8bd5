package org.mailflowsim.node;

import java.util.Optional;
import org.mailflowsim.topology.TlsMode;

/** Connections are reusable between hops that need the same peer, client certificate and TLS demands. */
record PoolKey(Node target, Optional<String> clientCertificate, TlsMode tls, Optional<String> tlsDomain) {
}
