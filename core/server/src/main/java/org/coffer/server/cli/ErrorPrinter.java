package org.coffer.server.cli;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.server.CofferException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints what went wrong as a sentence, never as a stack trace, unless it is a fault in Coffer itself. */
final class ErrorPrinter implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        var err = command.getErr();
        if (e instanceof CofferException coffer) {
            err.println("coffer: " + coffer.getMessage());
            coffer.details().forEach(detail -> err.println("  " + detail));
            if (coffer.category() == ErrorCategory.INTERNAL && coffer.getCause() != null) {
                coffer.getCause().printStackTrace(err);
            }
        } else {
            err.println("coffer: an unexpected error; nothing more was changed. Details follow.");
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }
}
