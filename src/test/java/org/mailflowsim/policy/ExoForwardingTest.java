package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mailflowsim.policy.PolicyFixtures.exo;
import static org.mailflowsim.policy.PolicyFixtures.mxToExo;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailflowsim.topology.AutoForwardingMode;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.SourceRef;

/** A cloud mailbox's forward: the outbound spam policy (domain.md §7.1, rule 27) and its envelope sender (§7.2, rule 29). */
class ExoForwardingTest {
    private static final Mailbox BILL = new Mailbox("bill@contoso.com", List.of(), Optional.of("bill@tailspintoys.com"),
            true, SourceRef.NONE);

    private static NodePolicy exoWith(AutoForwardingMode mode) {
        return exo().autoForwarding(mode).mailbox("bill@contoso.com").with(mxToExo()).policy();
    }

    @Test
    void anAllowedExternalForwardLeavesWithTheCloudForwardSrsForm() {
        NodePolicy policy = exoWith(AutoForwardingMode.ON);
        assertEquals(Optional.empty(), policy.refuseForward(BILL, "bill@tailspintoys.com"));
        String sender = policy.forwardSender(BILL, "john@fabrikam.com", "bill@tailspintoys.com");
        assertTrue(sender.matches("bill\\+SRS=[a-z2-7]{5}=[A-Z2-7]{2}=fabrikam\\.com=john@contoso\\.com"), sender);
    }

    @Test
    void aRefusedExternalForwardNeverLeavesSoItKeepsTheOriginalSender() {
        for (AutoForwardingMode mode : List.of(AutoForwardingMode.AUTOMATIC, AutoForwardingMode.OFF)) {
            NodePolicy policy = exoWith(mode);
            assertTrue(policy.refuseForward(BILL, "bill@tailspintoys.com").isPresent(), mode.yamlName());
            assertEquals("john@fabrikam.com", policy.forwardSender(BILL, "john@fabrikam.com", "bill@tailspintoys.com"),
                    "the 5.7.520 NDR goes to the original sender, not to an SRS address (" + mode.yamlName() + ")");
        }
    }

    @Test
    void anInternalForwardIsNeitherRefusedNorRewritten() {
        NodePolicy policy = exoWith(AutoForwardingMode.OFF);
        assertEquals(Optional.empty(), policy.refuseForward(BILL, "ann@contoso.com"));
        assertEquals("john@fabrikam.com", policy.forwardSender(BILL, "john@fabrikam.com", "ann@contoso.com"));
    }
}
