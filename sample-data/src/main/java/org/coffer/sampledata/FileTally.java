package org.coffer.sampledata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Counts what went into a file; keeps the lines themselves only while the file is small enough to itemise. */
final class FileTally {

    private final List<ExpectedLine> expected = new ArrayList<>();
    private int statements;
    private long lines;
    private long creditPence;
    private long debitPence;

    void add(Statement statement) {
        statements++;
        lines += statement.entries().size();
        creditPence += statement.creditPence();
        debitPence += statement.debitPence();
        if (lines > GeneratedFile.ITEMISED_LIMIT) {
            expected.clear();
            return;
        }
        for (StatementEntry entry : statement.entries()) {
            expected.add(entry.line());
        }
    }

    GeneratedFile toGeneratedFile(Path path, String formatId, String account) {
        return new GeneratedFile(path, formatId, account, statements, lines, creditPence, debitPence, expected);
    }
}
