package org.mailflowsim.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The openspf RFC 7208 test suite (203 cases, python3-spf's copy) run through {@link SpfEvaluator} over the
 * simulated DNS [domain.md §13 rule 37]. A case we cannot pass is listed with its reason in
 * {@code spf/rfc7208-known-failures.txt}; a listed case that passes fails too, so the list stays honest.
 */
class Rfc7208SuiteTest {
    private static final String KNOWN_FAILURES = "/spf/rfc7208-known-failures.txt";

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheSuite() throws IOException {
        requireSuite();
        Map<String, String> known = knownFailures();
        return Rfc7208Suite.load().stream().flatMap(s -> {
            SpfEvaluator evaluator = new SpfEvaluator(s.dns());
            return s.cases().stream().map(c -> DynamicTest.dynamicTest(c.scenario() + " / " + c.name(),
                    () -> judge(evaluator, c, known.get(c.name()))));
        });
    }

    @Test
    void theSuiteHasAll203Cases() throws IOException {
        requireSuite();
        assertEquals(203, Rfc7208Suite.load().stream().mapToInt(s -> s.cases().size()).sum());
    }

    @Test
    void everyKnownFailureNamesACaseOfTheSuite() throws IOException {
        requireSuite();
        List<String> names = Rfc7208Suite.load().stream().flatMap(s -> s.cases().stream())
                .map(Rfc7208Suite.Case::name).toList();
        knownFailures().keySet().forEach(k -> assertTrue(names.contains(k), "no such case in the suite: " + k));
    }

    private static void judge(SpfEvaluator evaluator, Rfc7208Suite.Case c, String knownReason) {
        SpfVerdict verdict = evaluator.check(InetAddresses.forString(c.host()), c.mailFrom(), c.helo());
        boolean passes = c.results().contains(verdict.result().rfcName());
        if (knownReason != null) {
            assertTrue(!passes, "listed as a known failure (" + knownReason + ") but now passes: remove it from "
                    + KNOWN_FAILURES);
            return;
        }
        assertTrue(passes, c.name() + ": expected " + c.results() + ", got " + verdict.result().rfcName() + ": "
                + verdict.explanation());
    }

    private static void requireSuite() {
        if (!Files.isReadable(Rfc7208Suite.FILE)) {
            fail("the RFC 7208 test suite " + Rfc7208Suite.FILE + " is missing: install the Debian package"
                    + " python3-spf (apt-get install -y python3-spf); .ci/run does this");
        }
    }

    /** {@code case-name: reason} per line; blank lines and lines starting with '#' are comments. */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        try (InputStream in = Rfc7208SuiteTest.class.getResourceAsStream(KNOWN_FAILURES)) {
            assertTrue(in != null, KNOWN_FAILURES + " is missing");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int colon = line.indexOf(':');
                    known.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        }
        return known;
    }
}
