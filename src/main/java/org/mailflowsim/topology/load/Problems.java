package org.mailflowsim.topology.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailflowsim.topology.BadInputException;
import org.mailflowsim.topology.Problem;
import org.mailflowsim.topology.SourceRef;

/**
 * Collects the problems of one load instead of throwing at the first. {@link #list()} orders them by file
 * (in the order files were first mentioned), then line, then column, so a report reads top to bottom.
 */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public void add(SourceRef at, String message) {
        problems.add(new Problem(at, message));
    }

    /** Adds every problem of another collector, in its order. */
    public void addAll(Problems other) {
        problems.addAll(other.list());
    }

    public int size() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems found so far, ordered by file, line and column. */
    public List<Problem> list() {
        Map<Path, Integer> fileOrder = new LinkedHashMap<>();
        for (Problem p : problems) {
            fileOrder.putIfAbsent(p.source().file(), fileOrder.size());
        }
        return problems.stream()
                .sorted(Comparator.<Problem>comparingInt(p -> fileOrder.get(p.source().file()))
                        .thenComparingInt(p -> p.source().line())
                        .thenComparingInt(p -> p.source().column()))
                .toList();
    }

    /** Throws with every problem collected, if there is any. */
    public void throwIfAny() throws BadInputException {
        if (!problems.isEmpty()) {
            throw new BadInputException(list());
        }
    }
}
