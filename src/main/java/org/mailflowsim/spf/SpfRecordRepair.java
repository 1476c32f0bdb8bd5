package org.mailflowsim.spf;

import com.google.common.net.InetAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proposes the corrected form of a malformed SPF record for the mistakes found in the seed documents
 * [domain.md §10.3 FIX]: {@code ipv4:}/{@code ipv6:} for {@code ip4:}/{@code ip6:}, a space after the colon, a bare
 * address, a word split by a stray space ({@code outlook.co  m}) and a version tag broken apart ({@code v= ...
 * spf1}). Only a proposal that passes {@link SpfRecordSyntax} is offered.
 */
final class SpfRecordRepair {
    private SpfRecordRepair() {
    }

    static Optional<String> repair(String record) {
        List<String> tokens = new ArrayList<>(List.of(record.trim().split(" +")));
        boolean versionBroken = !SpfRecordSyntax.isSpfRecord(record);
        if (versionBroken) {
            tokens.removeIf(t -> t.equalsIgnoreCase("v=") || t.equalsIgnoreCase("spf1")
                    || t.toLowerCase(Locale.ROOT).startsWith("v=spf"));
        } else {
            tokens.remove(0);
        }
        List<String> fixed = new ArrayList<>();
        fixed.add("v=spf1");
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (isIpKeyword(t) && InetAddresses.isInetAddress(next.split("/")[0])) {
                fixed.add(ipTerm(next)); // "ipv4: 131.107.21.231": the address went after a space
                i++;
            } else if (isIpKeyword(t.split(":")[0] + ":")) {
                fixed.add(ipTerm(t.substring(t.indexOf(':') + 1)));
            } else if (InetAddresses.isInetAddress(t.split("/")[0])) {
                fixed.add(ipTerm(t));
            } else if (t.matches("[A-Za-z]+") && SpfRecordSyntax.firstError("v=spf1 " + t).isPresent()
                    && fixed.size() > 1 && fixed.get(fixed.size() - 1).contains(".")) {
                fixed.set(fixed.size() - 1, fixed.get(fixed.size() - 1) + t); // "outlook.co  m": a split word
            } else {
                fixed.add(t);
            }
        }
        String proposal = String.join(" ", fixed);
        return SpfRecordSyntax.errors(proposal).isEmpty() && !proposal.equals(record) ? Optional.of(proposal)
                : Optional.empty();
    }

    private static boolean isIpKeyword(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.equals("ipv4:") || lower.equals("ipv6:") || lower.equals("ip4:") || lower.equals("ip6:");
    }

    private static String ipTerm(String address) {
        return (address.contains(":") ? "ip6:" : "ip4:") + address;
    }
}
