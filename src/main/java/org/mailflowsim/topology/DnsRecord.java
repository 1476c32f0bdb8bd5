package org.mailflowsim.topology;

/**
 * One record of the simulated public DNS. {@code preference} is used by MX only; {@code value} is the MX
 * target host, the A/AAAA address, or the TXT text (verbatim, spaces included).
 */
public record DnsRecord(String name, DnsType type, int preference, String value, SourceRef source) {
    public DnsRecord {
        name = name.toLowerCase(java.util.Locale.ROOT);
        if (type != DnsType.TXT) {
            value = value.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum DnsType { MX, A, AAAA, TXT }
}
