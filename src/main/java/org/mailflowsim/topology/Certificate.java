package org.mailflowsim.topology;

import java.util.List;

/** The names a node's certificate carries: subject CN and DNS subject alternative names. */
public record Certificate(String subject, List<String> sans, SourceRef source) {
    public Certificate {
        subject = subject.toLowerCase(java.util.Locale.ROOT);
        sans = sans.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Subject first, then the SANs, without repeats. */
    public List<String> allNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(subject);
        names.addAll(sans);
        return List.copyOf(names);
    }
}
