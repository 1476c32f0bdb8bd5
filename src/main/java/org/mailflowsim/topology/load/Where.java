package org.mailflowsim.topology.load;

import org.mailflowsim.topology.SourceRef;

/** How a message points back at an earlier definition: line and column in the same file, else file:line:column. */
final class Where {
    private Where() {
    }

    static String first(SourceRef first, SourceRef here) {
        if (first.file().equals(here.file())) {
            return "line " + first.line() + ", column " + first.column();
        }
        return first.toString();
    }
}
