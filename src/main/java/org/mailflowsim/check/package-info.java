/**
 * Static checks of a topology ({@code mailflow check}): findings with file, line and a fix, found without sending
 * mail. Entry point {@link org.mailflowsim.check.TopologyCheck#run}; one small class per rule family, the SPF
 * record findings from {@code spf.SpfLint}. Routing is judged by following recipients through the nodes' own
 * policies ({@code RouteWalker}), so the checks and the runtime agree on every path. Knows nothing of sockets.
 */
package org.mailflowsim.check;
