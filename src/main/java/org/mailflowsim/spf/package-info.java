/**
 * SPF (RFC 7208): {@link org.mailflowsim.spf.SpfEvaluator} runs check_host() with jSPF over the simulated DNS and
 * adds the RFC 7208 rules jSPF (RFC 4408) lacks; {@link org.mailflowsim.spf.SpfRecordSyntax} is the §12 ABNF term
 * checker both it and {@link org.mailflowsim.spf.SpfLint} use to name a bad term. Knows DNS records, not nodes or
 * SMTP: a node asks for a verdict and decides what to do with it.
 */
package org.mailflowsim.spf;
