/**
 * The runtime: one SubEtha SMTP server per node on its own loopback address (receive), the node's policy
 * (decide), a worker pool (queue) and pooled Jakarta Mail connections (deliver). Entry point:
 * {@link org.mailflowsim.node.Lab}. Routing decisions are asked of {@code policy}, never made here.
 */
package org.mailflowsim.node;
