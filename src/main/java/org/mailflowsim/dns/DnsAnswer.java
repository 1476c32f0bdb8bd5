package org.mailflowsim.dns;

import java.util.List;

/**
 * The answer to one {@link DnsQuery}: the records, or a timeout (the server did not answer). An answer with no
 * records is a "void lookup" in RFC 7208 §4.6.4 terms (NXDOMAIN or NODATA; the simulation does not tell them
 * apart).
 */
public record DnsAnswer(List<String> records, boolean timedOut) {
    public static final DnsAnswer TIMEOUT = new DnsAnswer(List.of(), true);

    public DnsAnswer {
        records = List.copyOf(records);
    }

    public static DnsAnswer of(List<String> records) {
        return new DnsAnswer(records, false);
    }

    public boolean isVoid() {
        return !timedOut && records.isEmpty();
    }
}
