package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A file the generator wrote, with its truth: which format it is in, how many lines it holds and their totals.
 *
 * @param path where the file is
 * @param formatId the id of the format that reads it, such as {@code camt053}
 * @param account the bank account it is for, as written in the file
 * @param statements how many statements (or batches) the file holds
 * @param lines how many money lines the file holds
 * @param creditPence the sum of its credit lines
 * @param debitPence the sum of its debit lines, unsigned
 * @param expected every line in file order, kept only for files of at most {@link #ITEMISED_LIMIT} lines (empty for
 *     larger files, so that generating a large file takes no memory)
 */
public record GeneratedFile(Path path, String formatId, String account, int statements, long lines, long creditPence,
        long debitPence, List<ExpectedLine> expected) {

    public static final int ITEMISED_LIMIT = 10_000;

    public GeneratedFile {
        requireNonNull(path, "path is null");
        requireNonNull(formatId, "formatId is null");
        requireNonNull(account, "account is null");
        expected = List.copyOf(expected);
    }

    public boolean itemised() {
        return lines <= ITEMISED_LIMIT;
    }
}
