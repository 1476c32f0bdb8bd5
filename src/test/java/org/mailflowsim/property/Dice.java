package org.mailflowsim.property;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The few random choices the generators make, all from one seeded {@link SplittableRandom}. */
final class Dice {
    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An integer from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A shuffled copy (Fisher–Yates). */
    <T> List<T> shuffled(List<T> items) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
