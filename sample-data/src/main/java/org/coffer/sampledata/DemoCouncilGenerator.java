package org.coffer.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the demo council's bank statements for the financial years 2024/25 and 2025/26 (1 April 2024 to
 * 31 March 2026): one file per account per month, named like {@code MAIN-2024-04.sta} and {@code INCOME-2024-04.xml},
 * each in its account's statement format, with one statement per banking day. Balances carry over from month to
 * month and statement numbers run on per account. The same seed and size always give the same bytes.
 */
public final class DemoCouncilGenerator {

    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 4);
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 3);

    /** Ready-made volumes, as average money lines per account per banking day (about 505 banking days). */
    public enum Size {
        /** About 3,000 lines in all: quick enough for tests. */
        SMALL(3),
        /** About 150,000 lines: a realistic district council, imported in well under a minute. */
        DEMO(150),
        /** About 2,000,000 lines, for benchmarks. */
        LARGE(2_000);

        private final int linesPerBankingDay;

        Size(int linesPerBankingDay) {
            this.linesPerBankingDay = linesPerBankingDay;
        }

        public int linesPerBankingDay() {
            return linesPerBankingDay;
        }
    }

    private final long seed;
    private final DemoCouncil council = DemoCouncil.load();

    public DemoCouncilGenerator(long seed) {
        this.seed = seed;
    }

    public List<GeneratedFile> generate(Path outDir, Size size) throws IOException {
        return generate(outDir, size.linesPerBankingDay());
    }

    /**
     * Writes every account's monthly files into {@code outDir}, creating it when missing.
     *
     * @param linesPerBankingDay the average number of money lines per account per banking day; each day varies
     *     by up to a quarter either way, and is never below one
     * @return the files in the order written: all of the first account's months, then the next account's
     */
    public List<GeneratedFile> generate(Path outDir, int linesPerBankingDay) throws IOException {
        if (linesPerBankingDay < 1) {
            throw new IllegalArgumentException("linesPerBankingDay must be at least 1, was " + linesPerBankingDay);
        }
        Files.createDirectories(outDir);
        List<GeneratedFile> files = new ArrayList<>();
        for (BankAccount account : council.accounts()) {
            files.addAll(generate(outDir, account, linesPerBankingDay));
        }
        return files;
    }

    private List<GeneratedFile> generate(Path outDir, BankAccount account, int linesPerBankingDay)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ account.code().hashCode());
        FileFormat format = FileFormat.forStatementFormat(account.statementFormat());
        IncomeLines income = new IncomeLines(random.split(), format.text, account.currency(),
                account.code().substring(0, 1));
        long openingPence = random.nextLong(200_000_00L, 2_000_000_00L);
        StatementSeries series = new StatementSeries(income, account.currency(), openingPence);
        List<GeneratedFile> files = new ArrayList<>();
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            Path file = outDir.resolve(account.code() + "-" + month + format.extension);
            String messageId = "FBC-" + account.code() + "-" + month;
            files.add(StatementFile.write(file, format, account.statementAccountId(), messageId, series,
                    days(month, linesPerBankingDay, random)));
        }
        return files;
    }

    private static List<StatementDay> days(YearMonth month, int linesPerBankingDay, SplittableRandom random) {
        List<StatementDay> days = new ArrayList<>();
        int spread = Math.max(1, linesPerBankingDay / 4);
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (BankingDays.isBankingDay(day)) {
                int lines = linesPerBankingDay + random.nextInt(-spread, spread + 1);
                days.add(new StatementDay(day, Math.max(1, lines)));
            }
        }
        return days;
    }
}
