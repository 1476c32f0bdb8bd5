package org.mailflowsim.property;

import static org.mailflowsim.property.RandomWorlds.DANGLING_HOST;
import static org.mailflowsim.property.RandomWorlds.FOREIGN_DOMAINS;
import static org.mailflowsim.property.RandomWorlds.GHOST_HOST;

import com.google.common.net.InetAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailflowsim.property.RandomWorlds.Skeleton;
import org.mailflowsim.topology.Certificate;
import org.mailflowsim.topology.Cidr;
import org.mailflowsim.topology.ConnectorType;
import org.mailflowsim.topology.EnhancedFiltering;
import org.mailflowsim.topology.InboundConnector;
import org.mailflowsim.topology.OutboundConnector;
import org.mailflowsim.topology.Role;
import org.mailflowsim.topology.SourceRef;
import org.mailflowsim.topology.TlsMode;

/**
 * Random connectors of a world: inbound ones that identify another node by a certificate name (its own, a wildcard,
 * or one nobody has) or by its address (single or /24), sometimes requiring TLS, scoped to sender domains, locked
 * down to their certificate or IPs (Partner) or with Enhanced Filtering (Exchange Online); outbound ones for random
 * recipient domains ({@code *} included) by smart host (a node, a dangling name, or an address no node owns) or MX,
 * with random TLS modes (DomainValidation with the right or a wrong name) and, on Exchange Online, sometimes
 * centralized transport.
 */
final class RandomConnectors {
    private final Dice dice;
    private final List<Skeleton> skeletons;
    private final List<String> domains;

    RandomConnectors(Dice dice, List<Skeleton> skeletons, List<String> domains) {
        this.dice = dice;
        this.skeletons = skeletons;
        this.domains = domains;
    }

    /**
     * Identifies another node (or, rarely, none) by one of its certificate names or by its address; sometimes scoped
     * to sender domains, locked down (Partner only) and, on Exchange Online, with Enhanced Filtering.
     */
    InboundConnector inbound(String name, Skeleton owner) {
        Skeleton peer = dice.pick(skeletons);
        ConnectorType type = dice.pick(List.of(ConnectorType.values()));
        boolean byCertificate = dice.chance(0.5);
        Optional<String> certName = Optional.empty();
        List<Cidr> ips = List.of();
        if (byCertificate) {
            String host = peer.hostname();
            certName = Optional.of(dice.pick(List.of(host, "*" + host.substring(host.indexOf('.')),
                    peer.certificate().map(Certificate::subject).orElse(host), "unknown.example")));
        } else {
            String ip = InetAddresses.toAddrString(peer.ips().get(0));
            String cidr = dice.chance(0.7) ? ip : ip.substring(0, ip.lastIndexOf('.')) + ".0/24";
            ips = List.of(Cidr.parse(cidr).orElseThrow());
        }
        // Exchange Online is where the lock-down acts (5.7.51): scope its connectors more often.
        boolean scoped = dice.chance(owner.role() == Role.EXCHANGE_ONLINE ? 0.7 : 0.4);
        List<String> senderDomains = !scoped ? List.of()
                : List.of(dice.pick(List.of("*", "*", dice.pick(domains), dice.pick(FOREIGN_DOMAINS))));
        boolean partner = type == ConnectorType.PARTNER;
        boolean toCertificate = partner && dice.chance(0.5);
        boolean toIps = partner && dice.chance(0.4);
        Optional<EnhancedFiltering> ef = owner.role() == Role.EXCHANGE_ONLINE && dice.chance(0.4)
                ? Optional.of(enhancedFiltering()) : Optional.empty();
        return new InboundConnector(name, type, certName, ips, dice.chance(0.2), senderDomains, toCertificate, toIps,
                ef, SourceRef.NONE);
    }

    /** Skips the last hop and/or a node's address (single or /24), for every recipient or some known ones. */
    private EnhancedFiltering enhancedFiltering() {
        boolean skipLastIp = dice.chance(0.6);
        List<Cidr> skipIps = new ArrayList<>();
        if (!skipLastIp || dice.chance(0.4)) {
            String ip = InetAddresses.toAddrString(dice.pick(skeletons).ips().get(0));
            skipIps.add(Cidr.parse(dice.chance(0.6) ? ip : ip.substring(0, ip.lastIndexOf('.')) + ".0/24")
                    .orElseThrow());
        }
        List<String> users = List.of();
        if (dice.chance(0.3)) {
            Skeleton s = dice.pick(skeletons);
            users = List.of(dice.pick(s.mailboxes()));
        }
        return new EnhancedFiltering(skipLastIp, skipIps, users, SourceRef.NONE);
    }

    OutboundConnector outbound(String name, Skeleton owner) {
        ConnectorType type = dice.pick(List.of(ConnectorType.values()));
        List<String> recipientDomains = new ArrayList<>();
        for (int k = dice.between(1, 2); k > 0; k--) {
            recipientDomains.add(dice.pick(List.of("*", "*", dice.pick(domains), dice.pick(FOREIGN_DOMAINS),
                    "*.mail.onmicrosoft.com")));
        }
        Optional<Skeleton> target = Optional.empty();
        List<String> smartHosts = List.of();
        if (dice.chance(0.5)) {
            double r = dice.unit();
            target = r < 0.8 ? Optional.of(dice.pick(skeletons)) : Optional.empty();
            smartHosts = List.of(target.map(Skeleton::hostname).orElse(r < 0.9 ? DANGLING_HOST : GHOST_HOST));
        }
        TlsMode tls = dice.pick(List.of(TlsMode.values()));
        Optional<String> tlsDomain = Optional.empty();
        if (tls == TlsMode.DOMAIN_VALIDATION) {
            Optional<String> right = target.flatMap(Skeleton::certificate).map(Certificate::subject);
            tlsDomain = Optional.of(right.isPresent() && dice.chance(0.7) ? right.get() : "wrong-name.example");
        }
        Optional<String> presented = owner.certificate().filter(c -> dice.chance(0.5)).map(Certificate::subject);
        boolean routeAll = owner.role() == Role.EXCHANGE_ONLINE && type == ConnectorType.ON_PREMISES
                && dice.chance(0.3);
        return new OutboundConnector(name, type, recipientDomains, dice.chance(0.15), smartHosts, tls, tlsDomain,
                presented, routeAll, dice.chance(0.2), SourceRef.NONE);
    }
}
