package org.mailflowsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;

/** Assertions on verdicts and routes that print the policy's own reason when they fail. */
final class PolicyAssertions {
    private PolicyAssertions() {
    }

    static Verdict.Accept assertAccepts(Verdict v) {
        return assertInstanceOf(Verdict.Accept.class, v, v::reason);
    }

    static Verdict.Refuse assertRefuses(String reply, Verdict v) {
        Verdict.Refuse refuse = assertInstanceOf(Verdict.Refuse.class, v, v::reason);
        assertEquals(reply, refuse.reply(), refuse.reason());
        return refuse;
    }

    static Route.Deliver assertDelivers(String mailbox, Route route) {
        Route.Deliver d = assertInstanceOf(Route.Deliver.class, route, route::reason);
        assertEquals(mailbox, d.mailbox().address(), d.reason());
        return d;
    }

    /** A relay through {@code connector} (null: by MX) to {@code hosts}, addressed as {@code address}. */
    static Route.Relay assertRelays(String address, String connector, List<String> hosts, Route route) {
        Route.Relay r = assertInstanceOf(Route.Relay.class, route, route::reason);
        assertEquals(address, r.address(), r.reason());
        assertEquals(Optional.ofNullable(connector), r.hop().connector(), r.reason());
        assertEquals(hosts, r.hop().hosts(), r.reason());
        return r;
    }

    static Route.Fail assertFails(String code, Route route) {
        Route.Fail f = assertInstanceOf(Route.Fail.class, route, route::reason);
        assertEquals(code, f.code(), f.reason());
        return f;
    }
}
