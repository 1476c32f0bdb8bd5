package org.mailflowsim.node;

import java.util.Optional;
import org.mailflowsim.trace.EndStateKind;

/**
 * One recipient a node held and could not deliver: how it ended ({@code kind}), at which node with which reply,
 * why, and the remote host that replied (for the DSN's Remote-MTA), if another host did.
 */
record Failure(String recipient, EndStateKind kind, String atNode, String reply, String reason,
               Optional<String> remoteMta) {
}
