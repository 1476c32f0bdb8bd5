package org.mailflowsim.topology;

/** One thing wrong with a user's file, where it is and what would be valid. Rendered as {@code file:line:column: message}. */
public record Problem(SourceRef source, String message) {
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
