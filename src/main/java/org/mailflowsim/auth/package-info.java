/**
 * Sender authentication at receiving nodes: SPF evaluated as receivers do (RFC 7208), Enhanced Filtering for
 * Connectors looking past a third-party filter (domain.md §9), and the {@code Received-SPF:} /
 * {@code Authentication-Results:} header fields that record the verdict.
 */
package org.mailflowsim.auth;
