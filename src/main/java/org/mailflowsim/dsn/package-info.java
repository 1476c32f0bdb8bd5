/**
 * RFC 3464 delivery status notifications as raw CRLF bytes (domain.md §8, §13 rule 33), built and read with
 * Angus DSN ({@code org.eclipse.angus.mail.dsn}) rather than hand-made MIME. Pure: no sockets, no clock, no
 * queues — the node decides when a DSN is due (never for a null reverse-path, rule 34) and sends it with
 * {@code MAIL FROM:<>}. Entry points: {@link org.mailflowsim.dsn.DsnBuilder#build} and
 * {@link org.mailflowsim.dsn.DsnReader#read}.
 */
package org.mailflowsim.dsn;
