package org.mailflowsim.topology;

/**
 * One record of the simulated public DNS. {@code preference} is used by MX only; {@code value} is the MX
 * target host, the A/AAAA address, the TXT text (verbatim, spaces included), the PTR target host (the name is the
 * {@code in-addr.arpa} / {@code ip6.arpa} name) or the CNAME target.
 */
public record DnsRecord(String name, DnsType type, int preference, String value, SourceRef source) {
    public DnsRecord {
        name = name.toLowerCase(java.util.Locale.ROOT);
        if (type != DnsType.TXT) {
            value = value.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum DnsType { MX, A, AAAA, TXT, PTR, CNAME }
}
