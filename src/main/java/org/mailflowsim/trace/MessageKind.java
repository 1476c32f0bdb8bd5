package org.mailflowsim.trace;

/** Whether a message was injected by the simulation or derived from another one by a node. */
public enum MessageKind {
    ORIGINAL, FORWARD, NDR;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
