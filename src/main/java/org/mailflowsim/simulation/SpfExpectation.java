package org.mailflowsim.simulation;

import java.util.Optional;
import org.mailflowsim.topology.SourceRef;

/**
 * The SPF verdict a node must record for a message: its result (RFC 7208 name) and, when given, the client IP
 * it was computed for — which shows whether Enhanced Filtering looked past a third-party filter (domain.md §9).
 * Compared with the first hop into {@code node} whose receiver recorded a verdict.
 */
public record SpfExpectation(String node, String result, Optional<String> ip, SourceRef source) {
}
