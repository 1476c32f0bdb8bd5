package org.mailflowsim.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.james.jspf.core.DNSRequest;
import org.apache.james.jspf.core.DNSService;
import org.apache.james.jspf.core.exceptions.TimeoutException;
import org.mailflowsim.dns.DnsAnswer;
import org.mailflowsim.dns.SimulatedDns;
import org.mailflowsim.topology.DnsRecord.DnsType;

/**
 * jSPF's view of the simulated DNS. Shared by all threads; what one evaluation saw (void lookups, SPF records
 * fetched) is kept per thread, which works because jSPF's synchronous executor runs an evaluation on the calling
 * thread from start to end.
 */
final class JspfDns implements DNSService {
    private final SimulatedDns dns;
    private final ThreadLocal<Lookups> current = ThreadLocal.withInitial(Lookups::new);

    JspfDns(SimulatedDns dns) {
        this.dns = dns;
    }

    /** What the DNS saw during one evaluation on this thread. */
    static final class Lookups {
        final List<String> voidLookups = new ArrayList<>();
        int mostMxHosts;
        boolean addressTimedOut;
        final List<FetchedRecord> spfRecords = new ArrayList<>();
        final List<String> domainsWithoutSpf = new ArrayList<>();
        final List<Exception> errors = new ArrayList<>();
    }

    /** An SPF record that was fetched for a domain during the evaluation. */
    record FetchedRecord(String domain, String record) {
    }

    /** Starts a fresh evaluation on this thread and returns its lookup log. */
    Lookups begin() {
        Lookups lookups = new Lookups();
        current.set(lookups);
        return lookups;
    }

    /** The lookup log of the evaluation running on this thread. */
    Lookups current() {
        return current.get();
    }

    @Override
    public List<String> getRecords(DNSRequest request) throws TimeoutException {
        if (request.getRecordType() == DNSRequest.SPF) {
            return null; // RFC 7208 §3.1: the SPF RR type (99) is obsolete; only TXT is used
        }
        DnsType type = type(request.getRecordType());
        DnsAnswer answer = dns.query(request.getHostname(), type);
        Lookups lookups = current.get();
        if (answer.timedOut()) {
            lookups.addressTimedOut |= type == DnsType.A || type == DnsType.AAAA;
            throw new TimeoutException("no answer for " + request.getHostname() + " " + type);
        }
        if (type == DnsType.TXT) {
            remember(lookups, request.getHostname(), answer.records());
            return answer.isVoid() ? null
                    : new ArrayList<>(answer.records().stream().map(JspfDns::caseFolded).toList());
        }
        if (answer.isVoid()) {
            // [RFC7208 §4.6.4] counted for the limit of 2; TXT is not counted: a void include or redirect target
            // is a permerror anyway, and the exp= lookup does not count
            lookups.voidLookups.add(request.getHostname() + " " + type);
            return null;
        }
        if (type == DnsType.MX) {
            lookups.mostMxHosts = Math.max(lookups.mostMxHosts, answer.records().size());
        }
        return new ArrayList<>(answer.records()); // jSPF edits the lists it is given
    }

    /**
     * An SPF record with its literal text lower-cased (names and mechanisms are case-insensitive), macros kept as
     * written (an upper-case macro letter means URL-encode): jSPF compares PTR names with the record's domain
     * case-sensitively [RFC7208 §5.5, suite case ptr-case-change].
     */
    static String caseFolded(String txt) {
        if (!SpfRecordSyntax.isSpfRecord(txt)) {
            return txt;
        }
        StringBuilder out = new StringBuilder(txt.length());
        boolean inMacro = false;
        for (int i = 0; i < txt.length(); i++) {
            char c = txt.charAt(i);
            inMacro = inMacro ? c != '}' : c == '{' && i > 0 && txt.charAt(i - 1) == '%';
            out.append(inMacro ? c : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static void remember(Lookups lookups, String domain, List<String> txt) {
        List<String> spf = txt.stream().filter(SpfRecordSyntax::isSpfRecord).toList();
        spf.forEach(r -> lookups.spfRecords.add(new FetchedRecord(domain, r)));
        if (spf.isEmpty()) {
            lookups.domainsWithoutSpf.add(domain);
        }
    }

    private static DnsType type(int jspfType) {
        return switch (jspfType) {
            case DNSRequest.A -> DnsType.A;
            case DNSRequest.AAAA -> DnsType.AAAA;
            case DNSRequest.MX -> DnsType.MX;
            case DNSRequest.PTR -> DnsType.PTR;
            case DNSRequest.TXT -> DnsType.TXT;
            default -> throw new IllegalArgumentException("jSPF asked for unknown record type " + jspfType);
        };
    }

    @Override
    public CompletionStage<List<String>> getRecordsAsync(DNSRequest request) {
        try {
            return CompletableFuture.completedFuture(getRecords(request));
        } catch (TimeoutException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public List<String> getLocalDomainNames() {
        return List.of("localhost");
    }

    @Override
    public void setTimeOut(int timeOut) {
        // the simulated DNS answers at once or times out by configuration; no wall-clock timeout
    }

    @Override
    public int getRecordLimit() {
        return 0;
    }

    @Override
    public void setRecordLimit(int recordLimit) {
        // no limit on MX and PTR answers here; RFC 7208 §4.6.4 limits are enforced by jSPF and SpfEvaluator
    }
}
