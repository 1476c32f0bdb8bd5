package org.mailflowsim.topology.load;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailflowsim.topology.Cidr;

/**
 * Strict syntax of the values a topology names: node names, domain names (no trailing dot, at least two
 * labels, a top-level label starting with a letter), e-mail addresses (dot-atom local part), IP addresses
 * (Guava: no leading zeros, no octet above 255), CIDRs and durations of simulated time ({@code 30s}, {@code 5m},
 * {@code 2h}, {@code 2d}, {@code 1d12h}: whole days, hours, minutes and seconds in that order). Each
 * {@code checkX} reports a malformed value and returns the valid one.
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
    private static final Pattern DURATION = Pattern.compile(
            "(?=\\d)(?:(\\d{1,6})d)?(?:(\\d{1,7})h)?(?:(\\d{1,9})m)?(?:(\\d{1,10})s)?");

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

    /** A duration such as {@code 30s}, {@code 5m}, {@code 2h}, {@code 2d} or {@code 1d12h}; empty when malformed. */
    public static Optional<Duration> duration(String s) {
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        long[] seconds = {86_400, 3_600, 60, 1};
        long total = 0;
        for (int i = 0; i < seconds.length; i++) {
            total += m.group(i + 1) == null ? 0 : Long.parseLong(m.group(i + 1)) * seconds[i];
        }
        return Optional.of(Duration.ofSeconds(total));
    }

    /** The shortest spelling of a duration in files, e.g. {@code 1d12h} or {@code 0s} (sub-second parts dropped). */
    public static String durationText(Duration d) {
        long s = d.getSeconds();
        StringBuilder b = new StringBuilder();
        long[] seconds = {86_400, 3_600, 60, 1};
        String units = "dhms";
        for (int i = 0; i < seconds.length; i++) {
            if (s >= seconds[i]) {
                b.append(s / seconds[i]).append(units.charAt(i));
                s %= seconds[i];
            }
        }
        return b.isEmpty() ? "0s" : b.toString();
    }

    public static Optional<Duration> checkDuration(Text t, Problems problems) {
        Optional<Duration> d = duration(t.value());
        if (d.isEmpty()) {
            problems.add(t.at(), "malformed duration " + t.quoted() + "; use e.g. 30s, 5m, 2h, 2d");
        }
        return d;
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
