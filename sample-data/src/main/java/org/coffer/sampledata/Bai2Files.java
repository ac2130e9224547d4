package org.coffer.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes BAI2 files of an exact number of money lines for the demo council's MAIN account, for format tests and
 * benchmarks. Like {@link StatementFiles}: the same seed gives the same bytes, one statement (here one group) per
 * banking day from 1 April 2025, each of {@code lines / 200} lines (at least 25, at most 5,000), balances carried
 * from day to day.
 */
public final class Bai2Files {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final long OPENING_PENCE = 1_250_000_00L;
    private static final int BUFFER_CHARS = 1 << 16;

    private final long seed;
    private final DemoCouncil council = DemoCouncil.load();

    public Bai2Files(long seed) {
        this.seed = seed;
    }

    /** Writes a BAI2 file of exactly {@code lines} {@code 16} records; its file id is the seed. */
    public GeneratedFile bai2(Path file, int lines) throws IOException {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        }
        String accountId = council.account("MAIN").sortCodeAndAccountNumber();
        IncomeLines income = new IncomeLines(new SplittableRandom(seed), TextRules.ANY, council.currency(), "FB");
        StatementSeries series = new StatementSeries(income, council.currency(), OPENING_PENCE);
        FileTally tally = new FileTally();
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_CHARS)) {
            Bai2Writer writer = new Bai2Writer(out, accountId, Long.toString(seed));
            int perStatement = Math.max(25, Math.min(5_000, lines / 200));
            LocalDate day = BankingDays.onOrAfter(FIRST_DAY);
            for (int left = lines; left > 0; left -= perStatement) {
                Statement statement = series.next(day, Math.min(perStatement, left));
                writer.write(statement);
                tally.add(statement);
                day = BankingDays.onOrAfter(day.plusDays(1));
            }
            writer.finish();
        }
        return tally.toGeneratedFile(file, "bai2", accountId);
    }
}
