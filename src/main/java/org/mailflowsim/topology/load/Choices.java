package org.mailflowsim.topology.load;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an enum constant by its YAML spelling, reporting an invalid value with the list of valid ones. */
public final class Choices {
    private Choices() {
    }

    /**
     * @param what     how the message names the value, e.g. {@code role} or {@code tls mode}
     * @param values   the valid constants
     * @param yamlName the spelling of a constant in files
     */
    @SafeVarargs
    public static <E extends Enum<E>> Optional<E> parse(Text t, String what, Problems problems,
                                                        Function<E, String> yamlName, E... values) {
        for (E value : values) {
            if (yamlName.apply(value).equals(t.value())) {
                return Optional.of(value);
            }
        }
        problems.add(t.at(), "invalid " + what + " " + t.quoted() + "; valid values: "
                + Arrays.stream(values).map(yamlName).collect(Collectors.joining(", ")));
        return Optional.empty();
    }
}
