/**
 * Reading topology files: YAML through snakeyaml-engine's compose API (every node keeps its line and column),
 * a small typed reader over the node tree ({@link org.mailflowsim.topology.load.YamlValue},
 * {@link org.mailflowsim.topology.load.YamlMap}) that collects {@link org.mailflowsim.topology.Problem}s instead
 * of throwing, binders from mappings to the {@code topology} records, and the cross-reference checks of one
 * node and of the whole topology.
 *
 * <p>Entry point: {@link org.mailflowsim.topology.load.TopologyLoader#load(java.nio.file.Path)}. The YAML reader
 * is reused by {@code org.mailflowsim.simulation.SimulationLoader}. This package knows the file format and the
 * model records only: nothing about DNS lookups, policy or the running nodes.
 */
package org.mailflowsim.topology.load;
