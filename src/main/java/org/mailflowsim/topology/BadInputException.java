package org.mailflowsim.topology;

import java.util.List;

/** A topology or simulation file could not be used; carries every problem found, not just the first. */
public final class BadInputException extends Exception {
    private final List<Problem> problems;

    public BadInputException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
