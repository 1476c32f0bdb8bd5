package org.mailflowsim.dns;

import java.util.Locale;
import org.mailflowsim.topology.DnsRecord.DnsType;

/** One DNS question: a name (case-insensitive) and a record type. */
public record DnsQuery(String name, DnsType type) {
    public DnsQuery {
        name = name.toLowerCase(Locale.ROOT);
    }
}
