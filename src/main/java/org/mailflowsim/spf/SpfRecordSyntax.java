package org.mailflowsim.spf;

import com.google.common.net.InetAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The RFC 7208 §12 ABNF, term by term, so a permerror can name the term that caused it (jSPF only logs its regex).
 * A record is checked whole before anything is evaluated: any bad term makes the whole record a permerror
 * [RFC7208 §4.6, domain.md §10.1].
 */
public final class SpfRecordSyntax {
    private static final Pattern VERSION = Pattern.compile("(?i)v=spf1(?: .*)?", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    // macro-string: macro-expand or visible characters except '%' [RFC7208 §7.1]
    private static final String MACRO_EXPAND = "%\\{[slodiphcrtvSLODIPHCRTV][0-9]*[rR]?[-.+,/_=]*\\}|%%|%_|%-";
    private static final Pattern MACRO_STRING = Pattern.compile("(?:" + MACRO_EXPAND + "|[\\x21-\\x24\\x26-\\x7e])*");
    private static final Pattern TOPLABEL = Pattern.compile("(?i)[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9]");
    private static final Pattern DOMAIN_END_MACRO = Pattern.compile("(?:" + MACRO_EXPAND + ")$");
    private static final Pattern CIDR_SUFFIX = Pattern.compile("(?:/[0-9]*)?(?://[0-9]*)?$");
    private static final Pattern IP4_CIDR = Pattern.compile("/(?:0|[1-9][0-9]?)");
    private static final Pattern IP6_CIDR = Pattern.compile("/(?:0|[1-9][0-9]{0,2})");
    /** qnum: 0 to 255 without leading zeros [RFC7208 §12]. */
    private static final String QNUM = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
    private static final Pattern QNUM4 = Pattern.compile(QNUM + "(?:\\." + QNUM + "){3}");
    private static final List<String> MECHANISMS = List.of("all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists");

    private SpfRecordSyntax() {
    }

    /** One term that breaks the grammar, and why in words an administrator understands. */
    public record TermError(String term, String reason) {
        @Override
        public String toString() {
            return "'" + term + "': " + reason;
        }
    }

    /** Whether a TXT string is selected as SPF: exactly {@code v=spf1}, then a space or the end [RFC7208 §4.5]. */
    public static boolean isSpfRecord(String txt) {
        return VERSION.matcher(txt).matches();
    }

    /** Every bad term of an SPF record, left to right (empty when the record is valid). */
    public static List<TermError> errors(String record) {
        List<TermError> errors = new ArrayList<>();
        if (!isSpfRecord(record)) {
            errors.add(new TermError(record.split(" ", 2)[0], "the record does not start with exactly 'v=spf1'"));
            return errors;
        }
        boolean redirect = false;
        boolean exp = false;
        for (String term : terms(record)) {
            String lower = term.toLowerCase(Locale.ROOT);
            Optional<String> problem = problem(term);
            if (problem.isEmpty() && (lower.startsWith("redirect=") && redirect || lower.startsWith("exp=") && exp)) {
                problem = Optional.of("the modifier appears more than once [RFC7208 §6]");
            }
            redirect |= lower.startsWith("redirect=");
            exp |= lower.startsWith("exp=");
            problem.ifPresent(p -> errors.add(new TermError(term, p)));
        }
        return errors;
    }

    /** The first bad term, if any. */
    public static Optional<TermError> firstError(String record) {
        List<TermError> errors = errors(record);
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0));
    }

    /** The terms after the version, split on runs of spaces (only SP separates terms) [RFC7208 §12]. */
    public static List<String> terms(String record) {
        List<String> terms = new ArrayList<>();
        for (String t : record.split(" +")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return terms.isEmpty() ? terms : terms.subList(1, terms.size());
    }

    private static Optional<String> problem(String term) {
        if (!term.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return Optional.of("contains a character that is not visible 7-bit ASCII [RFC7208 §3.1]");
        }
        int eq = term.indexOf('=');
        int colon = term.indexOf(':');
        int slash = term.indexOf('/');
        boolean modifier = eq > 0 && (colon < 0 || eq < colon) && (slash < 0 || eq < slash)
                && NAME.matcher(term.substring(0, eq)).matches();
        return modifier ? modifierProblem(term.substring(0, eq).toLowerCase(Locale.ROOT), term.substring(eq + 1))
                : directiveProblem(term);
    }

    private static Optional<String> modifierProblem(String name, String value) {
        if (name.equals("redirect") || name.equals("exp")) {
            return domainSpecProblem(value);
        }
        return MACRO_STRING.matcher(value).matches() ? Optional.empty()
                : Optional.of("the value of the modifier is not a valid macro-string");
    }

    private static Optional<String> directiveProblem(String term) {
        String body = "+-?~".indexOf(term.charAt(0)) >= 0 ? term.substring(1) : term;
        int end = firstOf(body, ':', '/');
        String mechanism = body.substring(0, end).toLowerCase(Locale.ROOT);
        String rest = body.substring(end);
        if (!MECHANISMS.contains(mechanism)) {
            return Optional.of(unknownMechanism(mechanism, term));
        }
        return switch (mechanism) {
            case "all" -> rest.isEmpty() ? Optional.empty() : Optional.of("'all' takes no argument");
            case "include", "exists" -> rest.startsWith(":") ? domainSpecProblem(rest.substring(1))
                    : Optional.of("'" + mechanism + "' needs ':' and a domain");
            case "a", "mx" -> domainAndCidrProblem(rest, true);
            case "ptr" -> domainAndCidrProblem(rest, false);
            case "ip4" -> ipProblem(rest, true);
            default -> ipProblem(rest, false);
        };
    }

    private static String unknownMechanism(String mechanism, String term) {
        if (mechanism.isEmpty()) {
            return "empty mechanism";
        }
        if (InetAddresses.isInetAddress(term)) {
            return "a bare address is not a term; write " + (term.contains(":") ? "ip6:" : "ip4:") + term
                    + " (no space after the colon)";
        }
        if (mechanism.equals("ipv4") || mechanism.equals("ipv6")) {
            return "unknown mechanism '" + mechanism + "' (the mechanism is '" + mechanism.replace("v", "") + ":')";
        }
        return "unknown mechanism '" + mechanism + "'; valid are " + String.join(", ", MECHANISMS)
                + " and name=value modifiers";
    }

    private static Optional<String> domainAndCidrProblem(String rest, boolean cidrAllowed) {
        // the prefix lengths are a suffix; a '/' earlier on belongs to the domain-spec
        java.util.regex.Matcher suffix = CIDR_SUFFIX.matcher(rest);
        suffix.find();
        String domain = rest.substring(0, suffix.start());
        String cidr = suffix.group();
        if (!domain.isEmpty()) {
            if (!domain.startsWith(":")) {
                return Optional.of("expected ':' before the domain");
            }
            Optional<String> problem = domainSpecProblem(domain.substring(1));
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (cidr.isEmpty()) {
            return Optional.empty();
        }
        return cidrAllowed ? dualCidrProblem(cidr) : Optional.of("'ptr' takes no prefix length");
    }

    private static Optional<String> dualCidrProblem(String cidr) {
        // dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ]
        if (cidr.startsWith("//")) {
            return prefixProblem(cidr.substring(1), IP6_CIDR, 128);
        }
        int second = cidr.indexOf("//");
        if (second < 0) {
            return prefixProblem(cidr, IP4_CIDR, 32);
        }
        Optional<String> v4 = prefixProblem(cidr.substring(0, second), IP4_CIDR, 32);
        return v4.isPresent() ? v4 : prefixProblem(cidr.substring(second + 1), IP6_CIDR, 128);
    }

    private static Optional<String> prefixProblem(String cidr, Pattern form, int max) {
        if (!form.matcher(cidr).matches() || Integer.parseInt(cidr.substring(1)) > max) {
            return Optional.of("invalid prefix length '" + cidr + "' (0 to " + max + ", no leading zeros)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipProblem(String rest, boolean v4) {
        String kind = v4 ? "ip4" : "ip6";
        if (!rest.startsWith(":") || rest.length() == 1) {
            return Optional.of("'" + kind + "' needs ':' and an address, with no space after the colon");
        }
        int slash = rest.indexOf('/');
        String address = slash < 0 ? rest.substring(1) : rest.substring(1, slash);
        boolean valid = v4 ? QNUM4.matcher(address).matches()
                : address.contains(":") && InetAddresses.isInetAddress(address);
        if (!valid) {
            return Optional.of("'" + address + "' is not an IPv" + (v4 ? "4" : "6") + " address");
        }
        return slash < 0 ? Optional.empty()
                : prefixProblem(rest.substring(slash), v4 ? IP4_CIDR : IP6_CIDR, v4 ? 32 : 128);
    }

    /** domain-spec = macro-string domain-end; domain-end = "." toplabel ["."] / macro-expand [RFC7208 §7.1]. */
    private static Optional<String> domainSpecProblem(String spec) {
        if (spec.isEmpty() || !MACRO_STRING.matcher(spec).matches()) {
            return Optional.of("'" + spec + "' is not a valid domain (or macro)");
        }
        if (DOMAIN_END_MACRO.matcher(spec).find()) {
            return Optional.empty();
        }
        String name = spec.endsWith(".") ? spec.substring(0, spec.length() - 1) : spec;
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !TOPLABEL.matcher(name.substring(dot + 1)).matches()) {
            return Optional.of("'" + spec + "' does not end in a valid top-level label");
        }
        return Optional.empty();
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
