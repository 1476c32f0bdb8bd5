package org.mailflowsim.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The RFC 7208 §12 term check, table-driven; the RFC 7208 suite exercises it further through the evaluator. */
class SpfRecordSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"v=spf1", "v=spf1 -all", "V=SPF1 +all", "v=spf1  a  mx/24//64  ~all",
            "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all", "v=spf1 include:third_party_cloud_service.com -all",
            "v=spf1 a:foo:bar/baz.example.com", "v=spf1 exists:%{i}.%{d} redirect=_spf.contoso.com",
            "v=spf1 exp=explain.%{d} moo=%{l}.cow -all", "v=spf1 ptr ?all"})
    void validRecords(String record) {
        assertEquals(Optional.empty(), SpfRecordSyntax.firstError(record));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "v=spf1 ipv4:192.0.2.1 -all          | ipv4:192.0.2.1",
            "v=spf1 ip4: 192.0.2.1 -all          | ip4:",
            "v=spf1 192.0.2.1 -all               | 192.0.2.1",
            "v=spf1 ip4:192.0.2.1/33             | ip4:192.0.2.1/33",
            "v=spf1 ip4:192.0.2.1/024            | ip4:192.0.2.1/024",
            "v=spf1 a:contoso.123                | a:contoso.123",
            "v=spf1 include                      | include",
            "v=spf1 -all/8                       | -all/8",
            "v=spf1 ptr/24                       | ptr/24",
            "v=spf1 redirect=a.com redirect=b.com | redirect=b.com",
            "v=spf1 mx:%{x}.contoso.com           | mx:%{x}.contoso.com"})
    void theFirstBadTermIsNamed(String record, String term) {
        assertEquals(term, SpfRecordSyntax.firstError(record).orElseThrow().term());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v=spf1x -all", "v=spf10", "v= ipv4: 1.2.3.4 spf1 -all", "spf1 -all", "v=DMARC1; p=none"})
    void recordsThatAreNotSelectedAsSpf(String txt) {
        assertFalse(SpfRecordSyntax.isSpfRecord(txt));
        assertTrue(SpfRecordSyntax.firstError(txt).isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "v=spf1 ipv4: 131.107.21.231  include:spf.protection.outlook.co  m -all"
                    + " | v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all",
            "v=spf1 ipv6:2001:db8::1 -all | v=spf1 ip6:2001:db8::1 -all",
            "v=spf1 192.0.2.1 ~all | v=spf1 ip4:192.0.2.1 ~all"})
    void repairProposesTheCorrectedRecord(String record, String corrected) {
        assertEquals(Optional.of(corrected), SpfRecordRepair.repair(record));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v=spf1 -all", "v=spf1 frobnicate:contoso.com -all"})
    void repairOffersNothingForAValidOrUnguessableRecord(String record) {
        assertEquals(Optional.empty(), SpfRecordRepair.repair(record));
    }
}
