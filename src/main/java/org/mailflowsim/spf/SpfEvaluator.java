package org.mailflowsim.spf;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.jspf.core.MacroExpand;
import org.apache.james.jspf.core.DNSServiceEnabled;
import org.apache.james.jspf.core.MacroExpandEnabled;
import org.apache.james.jspf.core.SPFCheckEnabled;
import org.apache.james.jspf.executor.SPFResult;
import org.apache.james.jspf.impl.DefaultTermsFactory;
import org.apache.james.jspf.impl.SPF;
import org.apache.james.jspf.parser.RFC4408SPF1Parser;
import org.apache.james.jspf.wiring.WiringServiceTable;
import org.mailflowsim.dns.SimulatedDns;

/**
 * RFC 7208 check_host() against the simulated DNS, by jSPF over our own DNS adapter, with the RFC 7208 rules jSPF
 * (an RFC 4408 implementation) lacks added on top: the whole-record ABNF check and the limit of two void lookups
 * [RFC7208 §4.6, §4.6.4, domain.md §10.1, §13 rule 37].
 *
 * <p>Built once per DNS; {@link #check} is safe to call from many threads at once: jSPF's parser and SPF object
 * keep no per-evaluation state (each evaluation has its own session), and the adapter's per-evaluation log is
 * thread-local.
 */
public final class SpfEvaluator {
    /** RFC 7208 §4.6.4: more void lookups than this is a permerror (domain.md §10.1). */
    private static final int MAX_VOID_LOOKUPS = 2;
    /** RFC 7208 §4.6.4: an "mx" mechanism whose name has more MX hosts than this is a permerror. */
    private static final int MAX_MX_HOSTS = 10;

    private final JspfDns dns;
    private final SPF spf;

    public SpfEvaluator(SimulatedDns dns) {
        this.dns = new JspfDns(dns);
        this.spf = wire(this.dns);
    }

    /** jSPF wired by hand with our executor (libraries.md §5): synchronous, and it reports the deciding error. */
    private static SPF wire(JspfDns dns) {
        WiringServiceTable wiring = new WiringServiceTable();
        wiring.put(DNSServiceEnabled.class, dns);
        MacroExpand macroExpand = new MacroExpand(dns);
        wiring.put(MacroExpandEnabled.class, macroExpand);
        RFC4408SPF1Parser parser = new RFC4408SPF1Parser(new DefaultTermsFactory(wiring));
        SPF spf = new SPF(dns, parser, macroExpand, new JspfExecutor(dns, e -> dns.current().errors.add(e)));
        wiring.put(SPFCheckEnabled.class, spf);
        spf.setDefaultExplanation(""); // so a fail's explanation is the domain's own exp= text, or empty
        return spf;
    }

    /**
     * Evaluates SPF for a client IP, the MAIL FROM address ({@code ""} for the null reverse-path: then the HELO
     * identity is checked as {@code postmaster@helo}, RFC 7208 §2.3/§2.4) and the HELO name.
     */
    public SpfVerdict check(InetAddress ip, String mailFrom, String helo) {
        boolean nullPath = mailFrom.isEmpty();
        String domain = (nullPath ? helo : mailFrom.substring(mailFrom.lastIndexOf('@') + 1)).toLowerCase(Locale.ROOT);
        String identity = nullPath ? "helo" : "mailfrom";
        JspfDns.Lookups lookups = dns.begin();
        SPFResult jspf = spf.checkSPF(InetAddresses.toAddrString(ip), mailFrom, helo);
        SpfResult result = SpfResult.valueOf(jspf.getResult().toUpperCase(Locale.ROOT));
        if (lookups.addressTimedOut && result != SpfResult.PERMERROR) {
            // jSPF's exists: treats a timeout as no match; RFC 7208 §5 makes any DNS error a temperror
            result = SpfResult.TEMPERROR;
        }
        Optional<String> rfc7208Error = rfc7208Error(result, lookups);
        if (rfc7208Error.isPresent()) {
            return new SpfVerdict(SpfResult.PERMERROR, ip, domain, identity, rfc7208Error.get());
        }
        String explanation = SpfExplanation.of(result, ip, domain, jspf.getExplanation(), lookups);
        return new SpfVerdict(result, ip, domain, identity, explanation);
    }

    /**
     * What RFC 7208 makes a permerror where jSPF (RFC 4408) does not: a bad term in any record that was fetched
     * (the whole record is checked before evaluation), or more than two void lookups.
     */
    private static Optional<String> rfc7208Error(SpfResult result, JspfDns.Lookups lookups) {
        if (result == SpfResult.TEMPERROR || result == SpfResult.NONE) {
            return Optional.empty();
        }
        Optional<String> syntax = SpfExplanation.syntaxError(lookups);
        if (syntax.isPresent()) {
            return syntax;
        }
        if (lookups.mostMxHosts > MAX_MX_HOSTS) {
            return Optional.of(SpfExplanation.tooManyMxHosts(lookups.mostMxHosts));
        }
        if (lookups.voidLookups.size() > MAX_VOID_LOOKUPS) {
            return Optional.of(SpfExplanation.tooManyVoidLookups(lookups.voidLookups));
        }
        return Optional.empty();
    }
}
