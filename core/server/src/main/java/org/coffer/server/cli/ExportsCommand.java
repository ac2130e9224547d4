package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.ledger.ExportRun;
import org.coffer.server.text.Amounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "exports", description = "Lists the export runs, latest first, with their totals and files.")
final class ExportsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Coffer coffer = Workspace.open(Workspace.config())) {
            List<ExportRun> runs = coffer.exports().runs();
            if (runs.isEmpty()) {
                out.println("Nothing has been exported yet.");
            }
            for (ExportRun run : runs) {
                out.printf("#%-4d %-12s %s  %s to %s  %s  by %s%n", run.number(), run.target(), run.madeAt(),
                        run.fromDate() == null ? "start" : run.fromDate(), run.toDate(), state(run), run.madeBy());
                out.printf("      %s, %s postings, %s gross, %s VAT, debits %s  %s%n",
                        Amounts.count(run.journalCount(), "journal", "journals"), Amounts.count(run.postingCount()),
                        Amounts.format(run.grossPence(), run.currency()), Amounts.format(run.vatPence(),
                                run.currency()), Amounts.format(run.debitPence(), run.currency()), run.fileName());
            }
        }
        out.flush();
        return 0;
    }

    private static String state(ExportRun run) {
        if (run.isReversal()) {
            return "REVERSES #" + run.reverses();
        }
        return run.isLive() ? "LIVE" : "REVERSED by #" + run.reversedBy();
    }
}
