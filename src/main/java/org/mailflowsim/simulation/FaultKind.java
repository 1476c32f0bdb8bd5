package org.mailflowsim.simulation;

/** What goes wrong with a node during a {@link Fault}. */
public enum FaultKind {
    /** The node accepts no connection (or answers every one with {@code reply}, a 4xx greeting). */
    DOWN("down"),
    /** The node answers but refuses every message temporarily ({@code reply}, default a 4xx of the runtime). */
    TEMPFAIL("tempfail"),
    /** The node works, but each SMTP conversation with it takes {@code delay} longer. */
    SLOW("slow");

    private final String yamlName;

    FaultKind(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
