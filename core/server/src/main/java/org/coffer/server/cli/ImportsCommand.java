package org.coffer.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.coffer.server.Coffer;
import org.coffer.server.imports.ImportRecord;
import org.coffer.server.text.Amounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "imports", description = "Lists imported and refused files, newest first.")
final class ImportsCommand implements Callable<Integer> {

    @Option(names = "--limit", defaultValue = "50", description = "How many to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Coffer coffer = Workspace.open(Workspace.config())) {
            var history = coffer.imports().history(limit);
            if (history.isEmpty()) {
                out.println("Nothing has been imported yet.");
            }
            for (ImportRecord row : history) {
                out.printf("#%-5d %-8s %s  %s  %s  by %s%n", row.id(), row.status(), row.importedAt(), row.fileName(),
                        row.formatId() == null ? "-" : row.formatId(), row.importedBy());
                if (row.stored()) {
                    out.printf("       %d statements, %s receipts%s%n", row.statementCount(),
                            Amounts.count(row.receiptCount()), row.currency() == null ? ""
                                    : ", credits " + Amounts.format(row.creditPence(), row.currency()) + ", debits "
                                            + Amounts.format(row.debitPence(), row.currency()));
                }
                if (row.acceptedReason() != null) {
                    out.println("       accepted although its balances disagree: " + row.acceptedReason());
                }
                if (row.refusal() != null) {
                    row.refusal().lines().forEach(line -> out.println("       " + line));
                }
            }
        }
        out.flush();
        return 0;
    }
}
