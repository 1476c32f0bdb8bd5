package org.mailflowsim.topology.load;

import org.mailflowsim.topology.SourceRef;

/** A scalar value read from a YAML file together with where it was written. */
public record Text(String value, SourceRef at) {
    public Text {
        if (value == null || at == null) {
            throw new IllegalArgumentException("value and position are required");
        }
    }

    /** The value quoted for a message, e.g. {@code 'kate@contoso.com'}. */
    public String quoted() {
        return "'" + value + "'";
    }
}
