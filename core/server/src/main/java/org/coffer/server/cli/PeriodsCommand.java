package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.ledger.PeriodClosing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "periods", description = "Lists the closed financial periods, or closes one.",
        subcommands = {PeriodsCommand.Close.class})
final class PeriodsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Coffer coffer = Workspace.open(Workspace.config())) {
            var closed = coffer.periods().closed();
            if (closed.isEmpty()) {
                out.println("Every financial period is open.");
            }
            for (PeriodClosing.ClosedPeriod period : closed) {
                out.printf("%s closed by %s at %s%n", period.period().label(), period.closedBy(), period.closedAt());
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "close", description = "Closes a financial period: nothing can be posted in it afterwards, and "
            + "money arriving for it is posted in the next open period.")
    static final class Close implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "YEAR", description = "The year the financial year starts in: 2025 "
                + "for 2025/26.")
        int year;

        @Parameters(index = "1", paramLabel = "PERIOD", description = "1 (April) to 12 (March), or 13.")
        int period;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            FinancialPeriod closing;
            try {
                closing = new FinancialPeriod(year, period);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (Coffer coffer = Workspace.open(Workspace.config())) {
                coffer.periods().close(Workspace.actor(), closing);
            }
            spec.commandLine().getOut().println("Closed financial period " + closing.label() + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
