package org.mailflowsim.spf;

/** The seven results of RFC 7208 check_host() (§2.6). */
public enum SpfResult {
    NONE, NEUTRAL, PASS, FAIL, SOFTFAIL, TEMPERROR, PERMERROR;

    /** The lower-case name RFC 7208 uses in Received-SPF and Authentication-Results. */
    public String rfcName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
