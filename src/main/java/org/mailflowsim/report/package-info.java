/**
 * Renderers of simulation results for people (text) and scripts (JSON, a stable contract). Runs nothing.
 */
package org.mailflowsim.report;
