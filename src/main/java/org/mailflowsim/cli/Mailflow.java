package org.mailflowsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mailflow} command. Subcommands return exit codes; nothing below calls System.exit. */
@Command(name = "mailflow", mixinStandardHelpOptions = true, version = "mailflow-sim 0.1.0",
        description = "Replays Exchange hybrid mail flow over real SMTP between simulated parties.",
        subcommands = {RunCommand.class, CheckCommand.class, BenchCommand.class})
public final class Mailflow implements Runnable {
    /** Exit status: every expectation met. */
    public static final int MET = 0;
    /** Exit status: some expectation not met. */
    public static final int NOT_MET = 1;
    /** Exit status: bad input (a topology or simulation file could not be used). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Mailflow());
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        return cl;
    }
}
