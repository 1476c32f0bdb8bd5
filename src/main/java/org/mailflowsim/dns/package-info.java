/**
 * The simulated public DNS built once from a topology: MX by preference, A/AAAA, TXT, PTR, CNAME, and simulated
 * timeouts. Offline; no node behaviour. Entry point: {@link org.mailflowsim.dns.SimulatedDns}.
 */
package org.mailflowsim.dns;
