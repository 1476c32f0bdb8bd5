package org.mailflowsim.topology.load;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mailflowsim.topology.Cidr;

/**
 * Strict syntax of the values a topology names: node names, domain names (no trailing dot, at least two
 * labels, a top-level label starting with a letter), e-mail addresses (dot-atom local part), IP addresses
 * (Guava: no leading zeros, no octet above 255) and CIDRs. Each {@code checkX} reports a malformed value
 * and returns the valid one.
 */
public final class Formats {
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern HOST = Pattern.compile(
            "(?i)(?=.{1,253}$)(?:" + LABEL + "\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DNS_NAME = Pattern.compile(
            "(?i)(?=.{1,253}$)(?:_?" + LABEL + "\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern LOCAL_PART = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern NODE_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private Formats() {
    }

    public static boolean isNodeName(String s) {
        return NODE_NAME.matcher(s).matches();
    }

    /** A host or domain name such as {@code mail.contoso.com}. */
    public static boolean isDomain(String s) {
        return HOST.matcher(s).matches();
    }

    /** A DNS owner name: a domain name whose labels may start with an underscore ({@code _dmarc.contoso.com}). */
    public static boolean isDnsName(String s) {
        return DNS_NAME.matcher(s).matches();
    }

    /** A domain name, {@code *.} followed by a domain name, or {@code *} alone. */
    public static boolean isDomainPattern(String s) {
        return s.equals("*") || isDomain(s.startsWith("*.") ? s.substring(2) : s);
    }

    public static boolean isEmail(String s) {
        int at = s.lastIndexOf('@');
        return at > 0 && at <= 64 && LOCAL_PART.matcher(s.substring(0, at)).matches()
                && isDomain(s.substring(at + 1));
    }

    public static boolean isIpv4(String s) {
        return InetAddresses.isInetAddress(s) && !s.contains(":");
    }

    public static boolean isIpv6(String s) {
        return InetAddresses.isInetAddress(s) && s.contains(":");
    }

    public static Optional<String> checkNodeName(Text t, Problems problems) {
        return check(t, isNodeName(t.value()), problems,
                "malformed node name " + t.quoted() + "; expected a lower-case letter, then letters, digits or '-'");
    }

    public static Optional<String> checkDomain(Text t, Problems problems) {
        return check(t, isDomain(t.value()), problems, "malformed domain name " + t.quoted());
    }

    public static Optional<String> checkDomainPattern(Text t, Problems problems) {
        return check(t, isDomainPattern(t.value()), problems, "malformed domain " + t.quoted()
                + "; expected a domain name, '*.' followed by a domain name, or '*'");
    }

    public static Optional<String> checkEmail(Text t, Problems problems) {
        return check(t, isEmail(t.value()), problems, "malformed e-mail address " + t.quoted());
    }

    public static Optional<InetAddress> checkIp(Text t, Problems problems) {
        return check(t, InetAddresses.isInetAddress(t.value()), problems, "malformed IP address " + t.quoted())
                .map(InetAddresses::forString);
    }

    public static Optional<Cidr> checkCidr(Text t, Problems problems) {
        Optional<Cidr> cidr = Cidr.parse(t.value());
        if (cidr.isEmpty()) {
            problems.add(t.at(), "malformed CIDR " + t.quoted() + "; expected an IP address or address/prefix");
        }
        return cidr;
    }

    private static Optional<String> check(Text t, boolean valid, Problems problems, String message) {
        if (!valid) {
            problems.add(t.at(), message);
            return Optional.empty();
        }
        return Optional.of(t.value());
    }
}
