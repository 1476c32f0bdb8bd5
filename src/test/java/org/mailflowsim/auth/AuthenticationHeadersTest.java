package org.mailflowsim.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.net.InetAddresses;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.spf.SpfResult;
import org.mailflowsim.spf.SpfVerdict;

/** The fields that record an SPF verdict (RFC 7208 §9.1, RFC 8601) and Enhanced Filtering's two (EF, rule 35). */
class AuthenticationHeadersTest {

    @Test
    void mailFromVerdictWithAnExplanationMadeSafeForAComment() {
        SpfVerdict v = new SpfVerdict(SpfResult.PERMERROR, InetAddresses.forString("104.47.58.110"), "contoso.com",
                "mailfrom", "the SPF record of contoso.com has a bad term (ipv4:)\r\n");
        assertEquals(List.of(
                "Authentication-Results: mail.tailspintoys.com; spf=permerror (sender IP is 104.47.58.110)"
                        + " smtp.mailfrom=contoso.com",
                "Received-SPF: permerror (mail.tailspintoys.com: the SPF record of contoso.com has a bad term ipv4:)"
                        + " client-ip=104.47.58.110; envelope-from=ann@contoso.com;"
                        + " helo=contoso-com.mail.protection.outlook.com; receiver=mail.tailspintoys.com;"
                        + " identity=mailfrom;"),
                AuthenticationHeaders.of("mail.tailspintoys.com", v, "ann@contoso.com",
                        "contoso-com.mail.protection.outlook.com", Optional.empty()));
    }

    @Test
    void nullSenderChecksHeloAndEnhancedFilteringNamesTheOriginalSender() {
        SpfVerdict v = new SpfVerdict(SpfResult.NONE, InetAddresses.forString("198.51.100.25"), "mail.fabrikam.com",
                "helo", "mail.fabrikam.com has no SPF record");
        ReceivedChain.Relay fabrikam = new ReceivedChain.Relay(InetAddresses.forString("198.51.100.25"),
                "mail.fabrikam.com", "mail.fabrikam.com");
        List<String> fields = AuthenticationHeaders.of("contoso-com.mail.protection.outlook.com", v, "",
                "mail.fabrikam.com", Optional.of(fabrikam));
        assertEquals("Authentication-Results: contoso-com.mail.protection.outlook.com; spf=none (sender IP is"
                + " 198.51.100.25) smtp.helo=mail.fabrikam.com", fields.get(0));
        assertEquals(List.of("X-MS-Exchange-SkipListedInternetSender: ip=[198.51.100.25];domain=mail.fabrikam.com",
                "X-MS-Exchange-ExternalOriginalInternetSender: ip=[198.51.100.25];domain=mail.fabrikam.com"),
                fields.subList(2, 4));
        assertEquals(true, fields.get(1).contains("envelope-from=<>;"), fields.get(1));
    }
}
