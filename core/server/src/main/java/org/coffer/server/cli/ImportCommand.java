package org.coffer.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.ImportRequest;
import org.coffer.server.imports.StatementOutcome;
import org.coffer.server.text.Amounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Imports bank and payment files; each lands whole or not at all.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> files;

    @Option(names = "--as", paramLabel = "FORMAT_ID", description = "Read the files as this format instead of "
            + "recognising it (see `coffer plugins`).")
    String formatId;

    @Option(names = "--accept-reason", paramLabel = "TEXT", description = "Store a statement whose balances disagree, "
            + "for this reason (kept with the import and in the audit log).")
    String acceptReason;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int refused = 0;
        try (Coffer coffer = Workspace.open(Workspace.config())) {
            for (Path file : files) {
                ImportRequest request = new ImportRequest(file, file.getFileName().toString(),
                        Optional.ofNullable(formatId), Workspace.actor(), Optional.ofNullable(acceptReason));
                try {
                    print(out, coffer.imports().importFile(request));
                } catch (CofferException e) {
                    refused++;
                    err.println(e.getMessage());
                    e.details().stream().skip(1).forEach(detail -> err.println("  " + detail));
                }
            }
        }
        out.flush();
        err.flush();
        return refused == 0 ? 0 : ErrorPrinter.FAILED;
    }

    static void print(PrintWriter out, ImportOutcome outcome) {
        out.printf("%s: stored as import #%d, read as %s: %s, %s%n", outcome.fileName(), outcome.importId(),
                outcome.formatId(), Amounts.count(outcome.statements().size(), "statement", "statements"),
                Amounts.count(outcome.receipts(), "receipt", "receipts"));
        for (StatementOutcome statement : outcome.statements()) {
            out.printf("  statement %d, account %s%s: %s, credits %s, debits %s%s%n", statement.position(),
                    statement.account(), statement.sequence().isEmpty() ? "" : ", sequence " + statement.sequence(),
                    Amounts.count(statement.receipts(), "receipt", "receipts"),
                    Amounts.format(statement.credits().pence(), statement.credits().currency()),
                    Amounts.format(statement.debits().pence(), statement.debits().currency()),
                    statement.reconciles() ? "" : " (its balances disagree)");
        }
        if (outcome.advices() > 0) {
            out.println("  " + Amounts.count(outcome.advices(), "advice", "advices") + " kept, with no money in them");
        }
        if (outcome.acceptedReason() != null) {
            out.println("  accepted although its balances disagree: " + outcome.acceptedReason());
        }
    }
}
