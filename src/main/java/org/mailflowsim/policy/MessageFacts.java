package org.mailflowsim.policy;

/**
 * What end of DATA knows about a message's content, computed once per received message by the SMTP receiver:
 * how many {@code Received:} headers it carries (the loop test) and whether its body carries the GTUBE test
 * string (the spam test; only looked for at a node whose spam filter is on, since no other reads it).
 */
public record MessageFacts(int receivedHeaders, boolean gtube) {
    /** A message without the GTUBE string. */
    public static MessageFacts clean(int receivedHeaders) {
        return new MessageFacts(receivedHeaders, false);
    }
}
