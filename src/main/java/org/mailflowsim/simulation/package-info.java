/**
 * Simulation files, the runner (boot the lab, submit, await quiescence, judge) and the verdicts.
 * Entry points: {@link org.mailflowsim.simulation.SimulationLoader},
 * {@link org.mailflowsim.simulation.SimulationRunner}. Knows no SMTP details.
 */
package org.mailflowsim.simulation;
