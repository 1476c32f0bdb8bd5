/**
 * The vendor-neutral model of a scenario: nodes, DNS, accepted domains, recipients and connectors, as
 * immutable records that remember where in a user's file they were written ({@link org.mailflowsim.topology.SourceRef}).
 * Entry point: {@code topology.load.TopologyLoader}. Knows nothing of sockets or of how nodes behave.
 */
package org.mailflowsim.topology;
