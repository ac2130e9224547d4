package org.coffer.plugin.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LineRole;

/**
 * Realistic journals of one export run, as the application hands them over: the income of two bank accounts in
 * period 3 (several funds, VAT split out of VAT-able income, money left in suspense), a reversal of an earlier run's
 * journal, and a period 13 journal that moves suspense money to the fund it turned out to belong to. Several
 * narratives start with {@code =}, {@code +}, {@code -} or {@code @}, as payers' own text can.
 */
public final class TestingJournals {

    public static final long RUN = 7;
    public static final String BANK = "B1000";
    public static final String COUNCIL_TAX = "R1001";
    public static final String BUSINESS_RATES = "R1002";
    public static final String TRADE_WASTE = "R2001";
    public static final String VAT = "V9000";
    public static final String SUSPENSE = "S9999";

    /** Narratives a spreadsheet would take for formulas if a CSV file wrote them as they are. */
    public static final List<String> HOSTILE_NARRATIVES = List.of("=HYPERLINK(\"http://x.test\")",
            "+44 20 7946 0000", "-1+1", "@SUM(1+1)");

    /** The gross receipts allocated to funds in the first journal, equal to its income and VAT lines together. */
    public static final long FIRST_JOURNAL_GROSS = 1_234_567 + 5_000_001 + 12_000 + 999;

    private static final LocalDate JUNE_END = LocalDate.of(2025, 6, 30);
    private static final Map<String, String> REVENUES = Map.of("service", "REV", "subjective", "S100");
    private static final Map<String, String> WASTE = Map.of("service", "ENV", "subjective", "S300");

    private TestingJournals() {
    }

    /** The four journals of run 7, in order. */
    public static List<TestingJournal> run() {
        return List.of(mainAccountIncome(), cardAccountIncome(), reversal(), suspenseCleared());
    }

    static TestingJournal mainAccountIncome() {
        List<JournalLine> lines = List.of(
                bank(1, 6_251_888, 0, "Income MAIN June"),
                income(2, COUNCIL_TAX, "CC100", 1_234_567, "OS", "Council tax", "CTAX", "", 123, REVENUES),
                income(3, BUSINESS_RATES, "CC101", 5_000_001, "OS", HOSTILE_NARRATIVES.get(0), "NNDR", "", 41,
                        Map.of("service", "REV", "subjective", "S200")),
                income(4, TRADE_WASTE, "CC200", 10_000, "SR", HOSTILE_NARRATIVES.get(1), "TRADE", "TW-0001", 1, WASTE),
                income(5, TRADE_WASTE, "CC200", 832, "SR", HOSTILE_NARRATIVES.get(2), "TRADE", "@TW-0002", 1, WASTE),
                line(6, LineRole.VAT, VAT, "", 0, 2_167, "SR", HOSTILE_NARRATIVES.get(3), "", "", Map.of()),
                line(7, LineRole.SUSPENSE, SUSPENSE, "", 0, 4_321, "", "Unmatched MAIN", "SUSP", "", Map.of()));
        return TestingJournal.of(header(1, "MAIN", JUNE_END, 3, "Coffer income MAIN 2025/26 P3", false, lines), lines);
    }

    static TestingJournal cardAccountIncome() {
        List<JournalLine> lines = List.of(
                bank(1, 46_878, 0, "Income CARD June"),
                income(2, COUNCIL_TAX, "CC100", 45_678, "OS", "Council tax by card", "CTAX", "", 17, REVENUES),
                income(3, TRADE_WASTE, "", 1_000, "SR", "Trade waste by card", "TRADE", "", 2, WASTE),
                line(4, LineRole.VAT, VAT, "", 0, 200, "SR", "VAT on trade waste", "", "", Map.of()));
        return TestingJournal.of(header(2, "CARD", JUNE_END, 3, "Coffer income CARD 2025/26 P3", false, lines), lines);
    }

    /** Run 5's council tax journal undone, debits and credits swapped, posted in the open period. */
    static TestingJournal reversal() {
        List<JournalLine> lines = List.of(
                bank(1, 0, 20_000, "Reversal of run 5 journal 1"),
                line(2, LineRole.INCOME, COUNCIL_TAX, "CC100", 20_000, 0, "OS", "Reversal of run 5 journal 1", "CTAX",
                        "", REVENUES));
        return TestingJournal.of(header(3, "MAIN", JUNE_END, 3, "Reversal of Coffer run 5 journal 1", true, lines),
                lines);
    }

    /** Money held in suspense, found to be council tax at the year end, moved off suspense by journal. */
    static TestingJournal suspenseCleared() {
        List<JournalLine> lines = List.of(
                line(1, LineRole.SUSPENSE, SUSPENSE, "", 4_321, 0, "", "Suspense cleared", "SUSP", "", Map.of()),
                income(2, COUNCIL_TAX, "CC100", 4_321, "OS", "Suspense cleared to council tax", "CTAX", "", 1,
                        REVENUES));
        return TestingJournal.of(header(4, "MAIN", LocalDate.of(2026, 3, 31), 13, "Coffer suspense MAIN 2025/26 P13",
                false, lines), lines);
    }

    /**
     * One journal of {@code lines} lines, made as they are read and never held: a bank debit, then one detailed
     * council tax credit per receipt, each with its own account reference and narrative.
     */
    public static TestingJournal large(int lines) {
        if (lines < 2) {
            throw new IllegalArgumentException("a journal has at least two lines, was " + lines);
        }
        long total = LongStream.rangeClosed(2, lines).map(TestingJournals::largeAmount).sum();
        JournalHeader header = new JournalHeader(RUN, 1, "MAIN", JUNE_END, 2025, 3, "GBP",
                "Coffer income MAIN 2025/26 P3", false, lines, total, total);
        return new TestingJournal(header, () -> LongStream.rangeClosed(1, lines)
                .mapToObj(number -> number == 1 ? bank(1, total, 0, "Income MAIN June") : largeLine(number)));
    }

    private static JournalLine largeLine(long number) {
        String reference = String.format(Locale.ROOT, "CT%09d", number);
        return new JournalLine(number, LineRole.INCOME, COUNCIL_TAX, "CC10" + number % 3, 0, largeAmount(number), "OS",
                "Council tax instalment " + reference + " by direct debit", "CTAX", reference, JUNE_END, 1,
                OptionalLong.of(number), REVENUES);
    }

    /** Between 1p and £1,000, spread so that a lost or doubled line shows in the total. */
    private static long largeAmount(long number) {
        return 1 + number * 7_919 % 100_000;
    }

    private static JournalHeader header(int journal, String bankAccount, LocalDate date, int period,
            String description, boolean reversal, List<JournalLine> lines) {
        long debits = lines.stream().mapToLong(JournalLine::debitPence).sum();
        return new JournalHeader(RUN, journal, bankAccount, date, 2025, period, "GBP", description, reversal,
                lines.size(), debits, lines.stream().mapToLong(JournalLine::creditPence).sum());
    }

    private static JournalLine bank(long number, long debit, long credit, String narrative) {
        return line(number, LineRole.BANK, BANK, "", debit, credit, "", narrative, "", "", Map.of());
    }

    private static JournalLine income(long number, String code, String costCentre, long credit, String vat,
            String narrative, String fund, String reference, long receipts, Map<String, String> dimensions) {
        return new JournalLine(number, LineRole.INCOME, code, costCentre, 0, credit, vat, narrative, fund, reference,
                JUNE_END, receipts, reference.isEmpty() ? OptionalLong.empty() : OptionalLong.of(9_000 + number),
                dimensions);
    }

    private static JournalLine line(long number, LineRole role, String code, String costCentre, long debit,
            long credit, String vat, String narrative, String fund, String reference, Map<String, String> dims) {
        return new JournalLine(number, role, code, costCentre, debit, credit, vat, narrative, fund, reference,
                JUNE_END, 1, OptionalLong.empty(), dims);
    }
}
