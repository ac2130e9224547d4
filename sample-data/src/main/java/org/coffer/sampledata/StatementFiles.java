package org.coffer.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes statement files of an exact number of money lines, for format tests and benchmarks. The same seed always
 * gives the same bytes. Statements are one per banking day from 1 April 2025, each of a fixed size that grows with
 * the file (25 lines for small files, up to 5,000 for large ones). MT940 files are for the demo council's MAIN
 * account and camt.053 files for its INCOME account.
 */
public final class StatementFiles {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final long OPENING_PENCE = 1_250_000_00L;

    private final long seed;
    private final DemoCouncil council = DemoCouncil.load();

    public StatementFiles(long seed) {
        this.seed = seed;
    }

    /** Writes a camt.053.001.02 file of exactly {@code lines} money lines. */
    public GeneratedFile camt053(Path file, int lines) throws IOException {
        return camt053(file, lines, CamtVersion.V02);
    }

    /** Writes a camt.053 file of the given version with exactly {@code lines} money lines. */
    public GeneratedFile camt053(Path file, int lines, CamtVersion version) throws IOException {
        FileFormat format = version == CamtVersion.V02 ? FileFormat.CAMT053_V02 : FileFormat.CAMT053_V08;
        return write(file, lines, format, council.account("INCOME").iban());
    }

    /** Writes an MT940 file of exactly {@code lines} money lines, each statement ending with a {@code -} line. */
    public GeneratedFile mt940(Path file, int lines) throws IOException {
        return write(file, lines, FileFormat.MT940, council.account("MAIN").sortCodeAndAccountNumber());
    }

    /** Writes an MT940 file as {@link #mt940} does, with each statement wrapped in SWIFT blocks 1, 2 and 4. */
    public GeneratedFile mt940WithSwiftBlocks(Path file, int lines) throws IOException {
        return write(file, lines, FileFormat.MT940_SWIFT_BLOCKS, council.account("MAIN").sortCodeAndAccountNumber());
    }

    /**
     * Writes a Lloyds Commercial Banking Online CSV export of exactly {@code lines} lines, for the MAIN account. An
     * export has no statements of its own: its days read back as one statement of the account.
     */
    public GeneratedFile lloydsCsv(Path file, int lines) throws IOException {
        GeneratedFile days = write(file, lines, FileFormat.LLOYDS_CBO_CSV,
                council.account("MAIN").sortCodeAndAccountNumber());
        return new GeneratedFile(days.path(), days.formatId(), days.account(), 1, days.lines(), days.creditPence(),
                days.debitPence(), days.expected());
    }

    private GeneratedFile write(Path file, int lines, FileFormat format, String accountId) throws IOException {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        }
        IncomeLines income = new IncomeLines(new SplittableRandom(seed), format.text, council.currency(), "FB");
        StatementSeries series = new StatementSeries(income, council.currency(), OPENING_PENCE);
        return StatementFile.write(file, format, accountId, "FBC-" + seed, series, days(lines));
    }

    /** Consecutive banking days, each statement full but the last. */
    private static List<StatementDay> days(int lines) {
        int perStatement = Math.max(25, Math.min(5_000, lines / 200));
        List<StatementDay> days = new ArrayList<>();
        LocalDate day = BankingDays.onOrAfter(FIRST_DAY);
        for (int left = lines; left > 0; left -= perStatement) {
            days.add(new StatementDay(day, Math.min(perStatement, left)));
            day = BankingDays.onOrAfter(day.plusDays(1));
        }
        return days;
    }
}
