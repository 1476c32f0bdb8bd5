/**
 * What happened: hops, rewrites and end states recorded by the nodes in a thread-safe
 * {@link org.mailflowsim.trace.Journal}, turned into per-message {@link org.mailflowsim.trace.MessageTrace}s.
 * The set of end states is closed ({@link org.mailflowsim.trace.EndStateKind}). Formats nothing.
 */
package org.mailflowsim.trace;
