package org.mailflowsim.node;

/** A message as it landed in a mailbox: its trace id, envelope sender and recipient, and its bytes. */
public record DeliveredMessage(String traceId, String mailFrom, String recipient, RawMessage content) {
}
