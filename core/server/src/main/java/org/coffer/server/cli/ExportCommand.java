package org.coffer.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.ledger.ExportRun;
import org.coffer.server.ledger.ExportService;
import org.coffer.server.text.Amounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = "Exports the postings a finance system has not yet received, as balanced "
        + "journals in its file layout, or reverses an earlier run.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "The export target, as ledger-targets.csv "
            + "names it.")
    String target;

    @Option(names = "--to", paramLabel = "DATE", description = "The last effective date to export (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--from", paramLabel = "DATE", description = "The first effective date to export (default: "
            + "everything not yet exported).")
    LocalDate from;

    @Option(names = "--reverse", paramLabel = "RUN", description = "Write the reversal of this run and free its "
            + "postings to be exported again.")
    Long reverse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean exporting = target != null && to != null && reverse == null;
        boolean reversing = reverse != null && target == null && to == null && from == null;
        if (!exporting && !reversing) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give a TARGET and --to DATE to export, or --reverse RUN alone to reverse a run");
        }
        try (Coffer coffer = Workspace.open(Workspace.config())) {
            ExportService exports = coffer.exports();
            ExportRun run = exporting
                    ? exports.export(Workspace.actor(), target, Optional.ofNullable(from), to)
                    : exports.reverse(Workspace.actor(), reverse);
            print(spec.commandLine().getOut(), run, exports);
        }
        return 0;
    }

    static void print(PrintWriter out, ExportRun run, ExportService exports) {
        out.printf("Run %d%s to %s: %s, %s, %s exported, %s of VAT; debits and credits %s each%n", run.number(),
                run.isReversal() ? " reverses run " + run.reverses() + "," : "", run.target(),
                Amounts.count(run.journalCount(), "journal", "journals"),
                Amounts.count(run.lineCount(), "line", "lines"),
                Amounts.format(run.grossPence(), run.currency()), Amounts.format(run.vatPence(), run.currency()),
                Amounts.format(run.debitPence(), run.currency()));
        out.printf("  %s (SHA-256 %s)%n", exports.file(run), run.sha256());
        out.flush();
    }
}
