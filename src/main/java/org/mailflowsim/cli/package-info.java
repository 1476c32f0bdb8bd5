/**
 * The {@code mailflow} command (picocli): {@code run}, {@code check} and {@code bench}. Holds no logic of its own;
 * subcommands return exit codes (0 met, 1 not met, 2 bad input).
 */
package org.mailflowsim.cli;
