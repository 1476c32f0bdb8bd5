package org.mailflowsim.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.spf.SpfFixtures.EOP_IP;
import static org.mailflowsim.spf.SpfFixtures.FIXED_S1;
import static org.mailflowsim.spf.SpfFixtures.ONPREM_IP;
import static org.mailflowsim.spf.SpfFixtures.OTHER_IP;
import static org.mailflowsim.spf.SpfFixtures.dnsWith;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpfEvaluatorTest {
    private final SpfEvaluator evaluator = new SpfEvaluator(dnsWith(FIXED_S1));

    @Test
    void theNullReversePathChecksTheHeloIdentity() {
        SpfVerdict verdict = evaluator.check(ONPREM_IP, "", "contoso.com");
        assertEquals(SpfResult.PASS, verdict.result());
        assertEquals("helo", verdict.identity());
        assertEquals("contoso.com", verdict.domain());
    }

    @Test
    void headersCarryResultIdentityAndReceiver() {
        SpfVerdict verdict = evaluator.check(OTHER_IP, "alice@contoso.com", "mail.fabrikam.com");
        assertEquals("Authentication-Results: mx.fabrikam.com; spf=fail smtp.mailfrom=contoso.com",
                verdict.authenticationResults("mx.fabrikam.com"));
        String received = verdict.receivedSpfHeader("mx.fabrikam.com");
        assertTrue(received.startsWith("Received-SPF: fail (mx.fabrikam.com: the SPF record of contoso.com does not"
                + " designate 198.51.100.7"), received);
        assertTrue(received.endsWith("client-ip=198.51.100.7; identity=mailfrom; receiver=mx.fabrikam.com;"),
                received);
    }

    @Test
    void oneEvaluatorGivesTheSameVerdictsFromManyThreads() throws Exception {
        List<InetAddress> ips = List.of(EOP_IP, ONPREM_IP, OTHER_IP);
        SpfEvaluator mixed = new SpfEvaluator(dnsWith(SpfFixtures.S2));
        List<SpfResult> expected = ips.stream().map(ip -> mixed.check(ip, "a@contoso.com", "h").result()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SpfResult>> results = new ArrayList<>();
            IntStream.range(0, 900).forEach(i -> results.add(pool.submit(
                    () -> mixed.check(ips.get(i % 3), "a@contoso.com", "h").result())));
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % 3), results.get(i).get(), "evaluation " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(SpfResult.PASS, SpfResult.PERMERROR, SpfResult.PERMERROR), expected);
    }
}
