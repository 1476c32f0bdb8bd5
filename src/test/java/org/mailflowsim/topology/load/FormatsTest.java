package org.mailflowsim.topology.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syntax rules of values, as a table. */
class FormatsTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email   | kate@contoso.com                     | true
            email   | first.last+tag@mail.contoso.com      | true
            email   | kate@@contoso.com                    | false
            email   | kate.@contoso.com                    | false
            email   | @contoso.com                         | false
            email   | kate@contoso                         | false
            email   | kate@[131.107.21.231]                | false
            domain  | contoso.com                          | true
            domain  | contoso-com.mail.protection.outlook.com | true
            domain  | xn--bcher-kva.example                | true
            domain  | localhost                            | false
            domain  | contoso.com.                         | false
            domain  | -contoso.com                         | false
            domain  | contoso-.com                         | false
            domain  | 131.107.21.231                       | false
            domain  | *.contoso.com                        | false
            domain  | _dmarc.contoso.com                   | false
            dnsname | _dmarc.contoso.com                   | true
            dnsname | selector1._domainkey.contoso.com     | true
            pattern | *                                    | true
            pattern | *.contoso.com                        | true
            pattern | contoso.com                          | true
            pattern | *contoso.com                         | false
            pattern | mail.*.com                           | false
            ipv4    | 131.107.21.231                       | true
            ipv4    | 131.107.21.256                       | false
            ipv4    | 131.107.021.231                      | false
            ipv4    | ::ffff:131.107.21.231                | false
            ipv6    | 2001:db8::1                          | true
            ipv6    | 131.107.21.231                       | false
            node    | exo                                  | true
            node    | third-party-1                        | true
            node    | Exo                                  | false
            node    | 1exo                                 | false
            """)
    void classifiesValues(String kind, String value, boolean valid) {
        boolean actual = switch (kind) {
            case "email" -> Formats.isEmail(value);
            case "domain" -> Formats.isDomain(value);
            case "dnsname" -> Formats.isDnsName(value);
            case "pattern" -> Formats.isDomainPattern(value);
            case "ipv4" -> Formats.isIpv4(value);
            case "ipv6" -> Formats.isIpv6(value);
            default -> Formats.isNodeName(value);
        };
        assertEquals(valid, actual);
    }

    @ParameterizedTest(name = "duration [{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            30s     | 30      | 30s
            5m      | 300     | 5m
            2h      | 7200    | 2h
            2d      | 172800  | 2d
            1d12h   | 129600  | 1d12h
            0s      | 0       | 0s
            90m     | 5400    | 1h30m
            1h0m30s | 3630    | 1h30s
            '5 min' |         |
            5       |         |
            5M      |         |
            12h1d   |         |
            1.5h    |         |
            -5m     |         |
            ''      |         |
            d       |         |
            """)
    void parsesAndSpellsDurations(String text, Long seconds, String canonical) {
        Optional<Duration> parsed = Formats.duration(text);
        assertEquals(Optional.ofNullable(seconds).map(Duration::ofSeconds), parsed);
        parsed.ifPresent(d -> assertEquals(canonical, Formats.durationText(d)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            smartHost          | smartHosts
            recipientDomain    | recipientDomains
            SenderIPs          | senderIps
            adress             | address
            tlsCertName        |
            x                  |
            """)
    void suggestsOnlyCloseKeys(String typo, String expected) {
        List<String> keys = List.of("smartHosts", "recipientDomains", "senderIps", "address", "tlsCertificateName",
                "to", "tls");
        assertEquals(Optional.ofNullable(expected), Suggestions.nearest(typo, keys));
    }
}
