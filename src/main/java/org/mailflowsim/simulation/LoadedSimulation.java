package org.mailflowsim.simulation;

import org.mailflowsim.topology.Topology;

/** A simulation together with the topology it runs on, both loaded and checked against each other. */
public record LoadedSimulation(Simulation simulation, Topology topology) {
}
