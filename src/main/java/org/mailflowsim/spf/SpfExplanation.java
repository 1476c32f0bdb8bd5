package org.mailflowsim.spf;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.james.jspf.core.exceptions.SPFResultException;

/** Why an evaluation came out as it did, in words an administrator understands (jSPF only logs the cause). */
final class SpfExplanation {
    private SpfExplanation() {
    }

    static String of(SpfResult result, InetAddress ip, String domain, String domainExp, JspfDns.Lookups lookups) {
        String addr = InetAddresses.toAddrString(ip);
        return switch (result) {
            case PASS -> "the SPF record of " + domain + " designates " + addr + " as a permitted sender";
            case FAIL -> "the SPF record of " + domain + " does not designate " + addr
                    + " as a permitted sender (a '-' term matched)" + exp(domainExp);
            case SOFTFAIL -> "the SPF record of " + domain + " does not designate " + addr
                    + " but only asks to treat that as suspicious (a '~' term matched)";
            case NEUTRAL -> "the SPF record of " + domain + " says nothing definite about " + addr
                    + " (a '?' term or no term matched)";
            case NONE -> domain + " publishes no SPF record (no TXT record starting with 'v=spf1'), or is not a"
                    + " valid domain name";
            case TEMPERROR -> "a DNS query timed out while checking the SPF record of " + domain
                    + "; the receiver should try again later";
            case PERMERROR -> "the SPF record of " + domain + " cannot be evaluated: " + permerrorCause(lookups);
        };
    }

    private static String exp(String domainExp) {
        return domainExp == null || domainExp.isBlank() ? "" : "; the domain explains: \"" + domainExp + "\"";
    }

    /** A bad term in a record the evaluation fetched, named [RFC7208 §4.6, §12]. */
    static Optional<String> syntaxError(JspfDns.Lookups lookups) {
        return lookups.spfRecords.stream()
                .flatMap(r -> SpfRecordSyntax.firstError(r.record())
                        .map(e -> "the SPF record of " + r.domain() + " has an invalid term " + e + " (record: \""
                                + r.record() + "\"); any syntax error makes the whole record a permerror"
                                + " [RFC 7208 §4.6]")
                        .stream())
                .findFirst();
    }

    static String tooManyVoidLookups(java.util.List<String> lookups) {
        return lookups.size() + " DNS lookups answered with no records (" + String.join(", ", lookups)
                + "); more than 2 is a permerror [RFC 7208 §4.6.4]";
    }

    static String tooManyMxHosts(int count) {
        return "an mx mechanism names a domain with " + count + " MX hosts (more than the 10 allowed)"
                + " [RFC 7208 §4.6.4]";
    }

    private static String permerrorCause(JspfDns.Lookups lookups) {
        Optional<String> multiple = lookups.spfRecords.stream()
                .collect(Collectors.groupingBy(JspfDns.FetchedRecord::domain, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).findFirst()
                .map(d -> d + " publishes more than one SPF record; exactly one is allowed [RFC 7208 §4.5]");
        if (multiple.isPresent()) {
            return multiple.get();
        }
        List<String> messages = lookups.errors.stream().filter(SPFResultException.class::isInstance)
                .map(Exception::getMessage).toList();
        if (messages.stream().anyMatch(m -> m.startsWith("Maximum mechanism/modifiers calls done"))) {
            return "more than 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) counted through"
                    + " includes and redirects [RFC 7208 §4.6.4]";
        }
        if (!lookups.domainsWithoutSpf.isEmpty()) {
            // the checked domain has a record (else the result is none): this is an include:/redirect= target
            return "include: or redirect= names " + lookups.domainsWithoutSpf.get(0)
                    + ", which publishes no SPF record [RFC 7208 §5.2, §6.1]";
        }
        return messages.isEmpty() ? "the SPF evaluation failed permanently" : messages.get(0);
    }
}
