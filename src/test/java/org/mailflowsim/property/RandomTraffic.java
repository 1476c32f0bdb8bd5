package org.mailflowsim.property;

import com.google.common.net.InetAddresses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.node.FaultPlan.NodeFault.Kind;
import org.mailflowsim.topology.DnsRecord;
import org.mailflowsim.topology.DnsRecord.DnsType;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.NodeSpec;
import org.mailflowsim.topology.RemoteMailbox;
import org.mailflowsim.topology.Topology;

/**
 * The random traffic of a world: 1–6 messages (from a node's mailbox, from the null sender, or from a foreign
 * address, submitted at an explicit node; some sent later), each to 1–3 distinct recipients that are known, unknown
 * in an organisation's domain, or foreign, some with GTUBE in the body, some sent straight to a node's hostname
 * ({@code connectTo}); 0–2 faults (down, tempfail, slow) on a node for a window; a horizon that
 * is usually beyond every retry lifetime and sometimes cuts runs short.
 */
final class RandomTraffic {
    private final Dice dice;
    private final Topology topology;
    private final List<String> domains;
    private final List<String> known = new ArrayList<>();

    private RandomTraffic(Dice dice, Topology topology, List<String> domains) {
        this.dice = dice;
        this.topology = topology;
        this.domains = domains;
        for (NodeSpec n : topology.nodes()) {
            n.mailboxes().forEach(m -> {
                known.add(m.address());
                known.addAll(m.aliases());
            });
            n.mailUsers().stream().map(MailUser::address).forEach(known::add);
            n.remoteMailboxes().stream().map(RemoteMailbox::address).forEach(known::add);
        }
    }

    static World add(long seed, Topology topology, Dice dice, List<String> domains) {
        RandomTraffic t = new RandomTraffic(dice, topology, domains);
        List<World.Message> messages = new ArrayList<>();
        for (int i = 1, n = dice.between(1, 6); i <= n; i++) {
            messages.add(t.message("m" + i));
        }
        List<World.Fault> faults = new ArrayList<>();
        for (int i = dice.chance(0.5) ? 0 : dice.between(1, 2); i > 0; i--) {
            faults.add(t.fault());
        }
        Duration horizon = dice.chance(0.75) ? Duration.ofDays(1) : Duration.ofMinutes(10L * dice.between(1, 6));
        return new World(seed, topology, messages, faults, horizon);
    }

    private World.Message message(String name) {
        NodeSpec at = dice.pick(topology.nodes());
        String from;
        double r = dice.unit();
        List<NodeSpec> withMailboxes = topology.nodes().stream().filter(n -> !n.mailboxes().isEmpty()).toList();
        if (r < 0.5) {
            at = dice.pick(withMailboxes);
            Mailbox sender = dice.pick(at.mailboxes());
            from = sender.address();
        } else if (r < 0.7) {
            from = "";
        } else {
            from = dice.chance(0.7) ? "someone@" + dice.pick(RandomWorlds.FOREIGN_DOMAINS)
                    : "nobody@" + dice.pick(domains);
        }
        Set<String> to = new LinkedHashSet<>();
        for (int k = dice.between(1, 3); k > 0; k--) {
            to.add(recipient());
        }
        // The first message goes at the start, so every world sends something (and is a valid simulation file).
        boolean now = dice.chance(0.75) || name.equals("m1");
        Duration sendAt = now ? Duration.ZERO : Duration.ofMinutes(dice.between(1, 40));
        Optional<String> connectTo = dice.chance(0.2) ? connectTo() : Optional.empty();
        return new World.Message(name, at.name(), from, List.copyOf(to), sendAt, dice.chance(0.3), connectTo);
    }

    /** A node's hostname, if the DNS gives it the node's address (the loader's rule for connectTo). */
    private Optional<String> connectTo() {
        NodeSpec target = dice.pick(topology.nodes());
        String ip = InetAddresses.toAddrString(target.publicIp());
        return topology.dns().stream().filter(r -> r.type() == DnsType.A && r.name().equals(target.hostname())
                && r.value().equals(ip)).findFirst().map(DnsRecord::name);
    }

    private String recipient() {
        double r = dice.unit();
        if (r < 0.6) {
            return dice.pick(known);
        }
        return r < 0.8 ? "nobody@" + dice.pick(domains) : "x@" + dice.pick(RandomWorlds.FOREIGN_DOMAINS);
    }

    private World.Fault fault() {
        Kind kind = dice.pick(List.of(Kind.values()));
        Duration from = Duration.ofMinutes(dice.chance(0.5) ? 0 : dice.between(1, 30));
        Duration until = from.plusMinutes(dice.between(5, 60));
        Optional<Duration> delay = kind == Kind.SLOW ? Optional.of(Duration.ofMinutes(dice.between(1, 20)))
                : Optional.empty();
        return new World.Fault(dice.pick(topology.nodes()).name(), kind, from, until, delay);
    }
}
