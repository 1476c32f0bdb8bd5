package org.mailflowsim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.trace.EndStateKind;
import org.mailflowsim.trace.MessageTrace;

/**
 * Over real SMTP: a message submitted with a first-hop host ignores MX and reaches EOP directly, where scenario 5's
 * Partner connector refuses it (5.7.51); the same message by MX goes through the filter and is delivered.
 */
class DirectToHostTest {
    private static final String EOP = "contoso-com.mail.protection.outlook.com";

    @Test
    void bypassingTheMxMeetsThePartnerLockDown() throws Exception {
        try (LabFixture f = new LabFixture(LabFixture.topology("scenario-5-third-party-filter.yaml"))) {
            String id = f.lab.inject("bypass", "fabrikam", "john@fabrikam.com", List.of("ann@contoso.com"), "bypass",
                    "hello", Optional.of(EOP));
            f.settle();
            MessageTrace bypass = f.journal.traces().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
            assertEquals(List.of("fabrikam", "exo"), bypass.path());
            assertTrue(bypass.hops().get(0).direct(), "the hop ignored MX");
            assertEquals(EndStateKind.REJECTED, bypass.recipients().get(0).state().kind());
            assertTrue(bypass.hops().get(0).reply().startsWith("550 5.7.51 TenantInboundAttribution;"),
                    bypass.hops().get(0).reply());

            MessageTrace viaMx = f.send("by MX", "fabrikam", "john@fabrikam.com", "ann@contoso.com");
            assertEquals(List.of("fabrikam", "filter", "exo"), viaMx.path());
            assertFalse(viaMx.hops().get(0).direct());
            assertEquals(EndStateKind.DELIVERED, viaMx.recipients().get(0).state().kind());
        }
    }
}
