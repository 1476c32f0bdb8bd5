package org.mailflowsim.topology.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailflowsim.topology.MailUser;
import org.mailflowsim.topology.Mailbox;
import org.mailflowsim.topology.RemoteMailbox;
import org.mailflowsim.topology.Role;

/** Binds a node's mailboxes, mail users (exchange-online only) and remote mailboxes (exchange-server only). */
final class RecipientBinder {
    private static final Set<String> MAILBOX_KEYS = Set.of("address", "aliases", "forwardTo", "keepCopy");
    private static final Set<String> MAIL_USER_KEYS = Set.of("address", "externalAddress");
    private static final Set<String> REMOTE_MAILBOX_KEYS = Set.of("address", "routingAddress");

    private final NodeScope scope;
    private final Problems problems;

    RecipientBinder(NodeScope scope, Problems problems) {
        this.scope = scope;
        this.problems = problems;
    }

    List<Mailbox> mailboxes(YamlMap node) {
        return node.list("mailboxes").stream()
                .flatMap(v -> v.asMap("mailbox", MAILBOX_KEYS).stream())
                .flatMap(m -> mailbox(m).stream())
                .toList();
    }

    List<MailUser> mailUsers(YamlMap node) {
        onlyOn(node, "mailUsers", Role.EXCHANGE_ONLINE);
        return node.list("mailUsers").stream()
                .flatMap(v -> v.asMap("mail user", MAIL_USER_KEYS).stream())
                .flatMap(m -> {
                    Optional<String> address = recipient(m, "mail user");
                    Optional<String> external = email(m.requiredText("externalAddress"));
                    return address.flatMap(a -> external.map(e -> new MailUser(a, e, m.at()))).stream();
                })
                .toList();
    }

    List<RemoteMailbox> remoteMailboxes(YamlMap node) {
        onlyOn(node, "remoteMailboxes", Role.EXCHANGE_SERVER);
        return node.list("remoteMailboxes").stream()
                .flatMap(v -> v.asMap("remote mailbox", REMOTE_MAILBOX_KEYS).stream())
                .flatMap(m -> {
                    Optional<String> address = recipient(m, "remote mailbox");
                    Optional<String> routing = email(m.requiredText("routingAddress"));
                    return address.flatMap(a -> routing.map(r -> new RemoteMailbox(a, r, m.at()))).stream();
                })
                .toList();
    }

    private Optional<Mailbox> mailbox(YamlMap map) {
        Optional<String> address = recipient(map, "mailbox");
        List<String> aliases = new ArrayList<>();
        for (Text alias : map.texts("aliases")) {
            if (Formats.checkEmail(alias, problems).isPresent()) {
                scope.recipient(alias, "alias");
                aliases.add(alias.value());
            }
        }
        Optional<String> forwardTo = email(map.text("forwardTo"));
        boolean keepCopy = map.bool("keepCopy", true);
        return address.map(a -> new Mailbox(a, aliases, forwardTo, keepCopy, map.at()));
    }

    /** The required {@code address} of a recipient, checked against the node's accepted domains. */
    private Optional<String> recipient(YamlMap map, String kind) {
        Optional<Text> address = map.requiredText("address").filter(t -> Formats.checkEmail(t, problems).isPresent());
        address.ifPresent(t -> scope.recipient(t, kind));
        return address.map(Text::value);
    }

    private Optional<String> email(Optional<Text> text) {
        return text.flatMap(t -> Formats.checkEmail(t, problems));
    }

    private void onlyOn(YamlMap node, String key, Role allowed) {
        Optional<Role> role = scope.role();
        if (role.isPresent() && role.get() != allowed && node.get(key).isPresent()) {
            problems.add(node.keyAt(key).orElseThrow(), key + " are only allowed on role " + allowed.yamlName()
                    + "; node '" + scope.node() + "' is " + role.get().yamlName());
        }
    }
}
