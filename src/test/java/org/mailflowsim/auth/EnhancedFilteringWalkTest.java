package org.mailflowsim.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.EnhancedFiltering;
import org.mailflowsim.topology.NonGlobalAddresses;
import org.mailflowsim.topology.SourceRef;

/** Which server Enhanced Filtering takes for the original sender (domain.md §9, §13 rules 35–36, EF). */
class EnhancedFilteringWalkTest {
    private static final ReceivedChain.Relay FILTER = relay("192.0.2.80", "mx.cloudfilter.net");
    /** What the filter wrote when fabrikam's server handed it the message; below it, fabrikam's own hop. */
    private static final List<String> RECEIVED = List.of(
            "from mail.fabrikam.com (mail.fabrikam.com [198.51.100.25]) by mx.cloudfilter.net (192.0.2.80) with"
                    + " ESMTPS id FILTER-1 for <ann@contoso.com>; Wed, 25 Nov 2026 18:00:00 +0000",
            "from workstation.fabrikam.com (unknown [10.1.2.3]) by mail.fabrikam.com (198.51.100.25) with ESMTP id"
                    + " FABRIKAM-1; Wed, 25 Nov 2026 18:00:00 +0000");

    @Test
    void skipLastIpFindsTheServerBeforeTheFilter() {
        Optional<ReceivedChain.Relay> sender = walk(ef(true, List.of()), RECEIVED);
        assertEquals(Optional.of(relay("198.51.100.25", "mail.fabrikam.com")), sender);
    }

    @Test
    void listedFilterAddressIsSkippedLikeTheLastHop() {
        assertEquals("198.51.100.25", walk(ef(false, List.of("192.0.2.0/24")), RECEIVED).orElseThrow().ip()
                .getHostAddress());
    }

    @Test
    void aSkipListWithoutTheConnectingServerSkipsNothing() {
        assertEquals(Optional.empty(), walk(ef(false, List.of("203.0.113.0/24")), RECEIVED));
    }

    @Test
    void privateAddressesAreSkippedAutomatically() {
        // fabrikam itself is skipped by the list, and the workstation behind it is private: nothing public is left,
        // so EOP keeps the connecting server (rule 36: RFC 1918 space is never an internet sender).
        assertEquals(Optional.empty(), walk(ef(true, List.of("198.51.100.25")), RECEIVED));
    }

    @Test
    void aChainEOPCannotReadLeavesTheConnectingServer() {
        assertEquals(Optional.empty(), walk(ef(true, List.of()), List.of("by somewhere; no from clause")));
    }

    @Test
    void pilotUsersNeedEveryRecipientListed() {
        EnhancedFiltering pilot = new EnhancedFiltering(true, List.of(), List.of("ann@contoso.com"), SourceRef.NONE);
        assertTrue(EnhancedFilteringWalk.appliesTo(pilot, List.of("ANN@contoso.com")));
        assertFalse(EnhancedFilteringWalk.appliesTo(pilot, List.of("ann@contoso.com", "bob@contoso.com")));
        assertTrue(EnhancedFilteringWalk.appliesTo(ef(true, List.of()), List.of("bob@contoso.com")));
    }

    @Test
    void publicAddressesAreThoseAnInternetReceiverCanSee() {
        assertTrue(NonGlobalAddresses.isPublic(InetAddresses.forString("198.51.100.25")));
        assertTrue(NonGlobalAddresses.isPublic(InetAddresses.forString("2a01:111:f400::1")));
        for (String p : List.of("10.10.10.1", "172.16.0.1", "192.168.1.1", "127.0.0.1", "169.254.1.1", "100.64.0.1",
                "fd00::1", "fe80::1", "::1")) {
            assertFalse(NonGlobalAddresses.isPublic(InetAddresses.forString(p)), p);
        }
    }

    private static Optional<ReceivedChain.Relay> walk(EnhancedFiltering ef, List<String> received) {
        return EnhancedFilteringWalk.originalSender(ef, FILTER, ReceivedChain.parse(received));
    }

    private static EnhancedFiltering ef(boolean skipLastIp, List<String> skipIps) {
        return new EnhancedFiltering(skipLastIp, skipIps.stream().map(c -> Cidr.parse(c).orElseThrow()).toList(),
                List.of(), SourceRef.NONE);
    }

    private static ReceivedChain.Relay relay(String ip, String name) {
        return new ReceivedChain.Relay(InetAddresses.forString(ip), name, name);
    }
}
