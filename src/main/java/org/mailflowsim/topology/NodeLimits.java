package org.mailflowsim.topology;

/**
 * Input limits every node enforces. {@code maxHopCount} is the Received-header count above which a message
 * is refused as a loop: on-prem MaxHopCount default 30 (PS-RC); Exchange Online's is UNCONFIRMED (domain.md
 * §15) and defaults to the same value here.
 */
public record NodeLimits(int maxMessageBytes, int maxRecipients, int maxHopCount) {
    public static final NodeLimits DEFAULT = new NodeLimits(10 * 1024 * 1024, 500, 30);
}
