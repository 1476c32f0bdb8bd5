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
import org.mailflowsim.dns.DnsQuery;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;

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

    @Test
    void moreThanTwoVoidLookupsIsAPermerrorThatNamesThem() {
        // jSPF (RFC 4408) would say neutral here; RFC 7208 §4.6.4 says permerror [domain.md §10.1]
        SpfVerdict verdict = new SpfEvaluator(dnsWith("v=spf1 a:gone1.contoso.com a:gone2.contoso.com"
                + " mx:gone3.contoso.com ?all")).check(OTHER_IP, "a@contoso.com", "h");
        assertEquals(SpfResult.PERMERROR, verdict.result());
        assertTrue(verdict.explanation().contains("gone3.contoso.com MX"), verdict.explanation());
    }

    @Test
    void aTimedOutQueryIsATemperrorEvenInExists() {
        List<DnsRecord> records = List.of(SpfFixtures.txt("contoso.com", "v=spf1 exists:slow.contoso.com -all"),
                SpfFixtures.txt("contoso.net", "v=spf1 include:slow.contoso.com -all"));
        SpfEvaluator slow = new SpfEvaluator(SimulatedDns.of(records,
                List.of(new DnsQuery("slow.contoso.com", DnsType.A), new DnsQuery("slow.contoso.com", DnsType.TXT))));
        assertEquals(SpfResult.TEMPERROR, slow.check(OTHER_IP, "a@contoso.com", "h").result());
        SpfVerdict include = slow.check(OTHER_IP, "a@contoso.net", "h");
        assertEquals(SpfResult.TEMPERROR, include.result());
        assertTrue(include.explanation().contains("timed out"), include.explanation());
    }
}
