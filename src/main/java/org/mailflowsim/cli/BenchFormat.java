package org.mailflowsim.cli;

import java.util.Locale;

/** Number formatting and process CPU time for the benchmark's report. */
final class BenchFormat {
    private BenchFormat() {
    }

    /** CPU time of the whole process so far, or -1 where the JVM does not say. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static String ms(long nanos) {
        return fixed(nanos / 1e6, nanos < 10_000_000 ? 2 : 1);
    }

    static String mb(long bytes) {
        return fixed(bytes / (1024.0 * 1024.0), 1);
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
