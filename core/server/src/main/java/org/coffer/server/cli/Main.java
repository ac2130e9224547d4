package org.coffer.server.cli;

import picocli.CommandLine;

/** The {@code coffer} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 refused or failed, 2 a mistake in the command. */
    public static int run(String... args) {
        return new CommandLine(new CofferCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorPrinter())
                .execute(args);
    }
}
