package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.server.suspense.SuspenseService;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suspense report over items put in suspense at import and worked with the suspense service, its figures read
 * back from the .xlsx and the PDF and compared with figures worked out here from what the test did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuspenseReportTest {

    static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    static final LocalDate TO = LocalDate.of(2026, 7, 31);
    static final Map<String, String> PERIOD = Map.of("from", FROM.toString(), "to", TO.toString());
    /** When the test ledger's import postings were made. */
    private static final Instant IMPORTED = Instant.parse("2026-01-01T00:00:00Z");

    /** A payment put in suspense, and who cleared it when, if anyone did. */
    private record Item(long id, LocalDate day, long pence, String clearedBy, Instant clearedAt) {
    }

    private TestingReports reports;
    private final List<Item> items = new ArrayList<>();
    /** Payments in the period that the import posted straight to a fund. */
    private final List<Long> automatic = new ArrayList<>();

    @BeforeAll
    void load(@TempDir Path dir) {
        reports = new TestingReports(dir);
        SuspenseService service = new SuspenseService(reports.database, reports.council, reports.clock);
        long[][] suspense = {{2026_03_10, 1_000}, {2026_02_01, 2_000}, {2026_04_20, 4_000}, {2026_07_01, 8_000},
            {2026_07_10, 16_000}, {2026_06_20, 32_000}, {2026_05_05, 64_000}, {2026_07_28, 128_000}};
        for (long[] s : suspense) {
            LocalDate day = LocalDate.of((int) (s[0] / 10_000), (int) (s[0] / 100 % 100), (int) (s[0] % 100));
            reports.ledger.posting(day, "SUSP", "FASTER_PAYMENT", "GBP", s[1], "NO REMITTANCE");
            items.add(new Item(lastId(), day, s[1], null, null));
        }
        reports.ledger.posting(LocalDate.of(2026, 5, 1), "CTAX", "DIRECT_DEBIT", "GBP", 10_000, "dd");
        reports.ledger.posting(LocalDate.of(2026, 6, 1), "NNDR", "BACS_CREDIT", "GBP", 20_000, "rates");
        automatic.addAll(List.of(10_000L, 20_000L));
        reports.ledger.posting(LocalDate.of(2026, 3, 1), "CTAX", "DIRECT_DEBIT", "GBP", 5_000, "before");
        reports.ledger.posting(LocalDate.of(2026, 5, 1), "SUSP", "FASTER_PAYMENT", "EUR", 9_999, "euro");

        clear(service, 0, "alice");
        reports.clock.advance(Duration.ofHours(30));
        clear(service, 3, "bob");
        // Allocated and then undone: it is back in suspense and does not count as cleared.
        long undone = service.allocate(items.get(6).id(), "alice", "CTAX", "499008590");
        service.undo(undone, "bob");
    }

    @AfterAll
    void close() {
        reports.close();
    }

    @Test
    void theXlsxGivesOpeningClosingFlowsAgesTimesRatesAndPeopleAsWorkedOutHere() throws Exception {
        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("suspense", PERIOD))) {
            Map<String, Row> rows = rowsByMeasure(workbook.getSheetAt(0));

            assertFigures(rows.get("In suspense/Open at the start"), open(FROM.minusDays(1)));
            assertFigures(rows.get("In suspense/Came in at import"), sum(i -> !i.day().isBefore(FROM)
                    && !i.day().isAfter(TO)));
            assertFigures(rows.get("In suspense/Cleared"), sum(i -> i.clearedBy() != null));
            assertFigures(rows.get("In suspense/Open at the end"), open(TO));
            assertThat(pence(rows.get("In suspense/Other movements"))).isZero();
            assertFigures(rows.get("Open at the end by age/0 to 7 days"), openAged(0, 7));
            assertFigures(rows.get("Open at the end by age/8 to 30 days"), openAged(8, 30));
            assertFigures(rows.get("Open at the end by age/31 to 90 days"), openAged(31, 90));
            assertFigures(rows.get("Open at the end by age/Over 90 days"), openAged(91, Integer.MAX_VALUE));
            assertThat(rows.get("Open at the end by age/Over 90 days").getCell(6).getNumericCellValue())
                    .isCloseTo((double) openAged(91, Integer.MAX_VALUE)[1] / open(TO)[1], offset(0.0001));

            assertThat(rows.get("Time to clear/Average").getCell(4).getNumericCellValue())
                    .isEqualTo(averageDaysToClear().doubleValue());
            assertThat(rows.get("Time to clear/Median").getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(rows.get("Time to clear/Average").getCell(4).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.0");

            long payments = inPeriodPayments();
            assertThat(rows.get("Allocated at import/Payments in the period").getCell(2).getNumericCellValue())
                    .isEqualTo(payments);
            Row allocated = rows.get("Allocated at import/Allocated at import");
            assertFigures(allocated, new long[] {automatic.size(), automatic.stream().mapToLong(Long::longValue).sum()});
            assertThat(allocated.getCell(5).getNumericCellValue()).isEqualTo(
                    BigDecimal.valueOf(automatic.size()).divide(BigDecimal.valueOf(payments), 4,
                            RoundingMode.HALF_UP).doubleValue());
            assertThat(allocated.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

            assertFigures(rows.get("Cleared by person/alice"), sum(i -> "alice".equals(i.clearedBy())));
            assertFigures(rows.get("Cleared by person/bob"), sum(i -> "bob".equals(i.clearedBy())));
            assertThat(rows).hasSize(5 + 4 + 2 + 2 + 2);
        }
    }

    @Test
    void thePdfShowsTheSameFigures() {
        String text = String.join(" ", TestingReports.pdfPages(reports.runner.run("suspense", PERIOD)))
                .replaceAll("\\s+", " ");

        long[] start = open(FROM.minusDays(1));
        long[] end = open(TO);
        long[] old = openAged(91, Integer.MAX_VALUE);
        assertThat(text).contains("From: 1 April 2026 · To: 31 July 2026",
                "In suspense Open at the start " + start[0] + " " + gbp(start[1]),
                "In suspense Open at the end " + end[0] + " " + gbp(end[1]),
                "Open at the end by age Over 90 days " + old[0] + " " + gbp(old[1]),
                "Time to clear Average 2 " + averageDaysToClear().toPlainString(),
                "Cleared by person alice 1 " + gbp(sum(i -> "alice".equals(i.clearedBy()))[1]) + " 50.0%");
    }

    private void clear(SuspenseService service, int index, String person) {
        Item item = items.get(index);
        service.allocate(item.id(), person, "CTAX", "499008590");
        items.set(index, new Item(item.id(), item.day(), item.pence(), person, reports.clock.instant()));
    }

    private long lastId() {
        List<TestingLedger.Line> lines = reports.ledger.lines();
        return lines.get(lines.size() - 1).id();
    }

    /** Items and value in suspense at the end of {@code day}: imported by then and not cleared by then. */
    private long[] open(LocalDate day) {
        return sum(i -> !i.day().isAfter(day) && (i.clearedAt() == null
                || LocalDate.ofInstant(i.clearedAt(), TestingReports.LONDON).isAfter(day)));
    }

    private long[] openAged(long fromDays, long toDays) {
        return sum(i -> i.clearedBy() == null && !i.day().isAfter(TO)
                && ChronoUnit.DAYS.between(i.day(), TO) >= fromDays && ChronoUnit.DAYS.between(i.day(), TO) <= toDays);
    }

    private long[] sum(Predicate<Item> which) {
        List<Item> chosen = items.stream().filter(which).toList();
        return new long[] {chosen.size(), chosen.stream().mapToLong(Item::pence).sum()};
    }

    private BigDecimal averageDaysToClear() {
        List<Item> cleared = items.stream().filter(i -> i.clearedAt() != null).toList();
        long seconds = cleared.stream().mapToLong(i -> Duration.between(IMPORTED, i.clearedAt()).toSeconds()).sum();
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400L * cleared.size()), 1,
                RoundingMode.HALF_UP);
    }

    private long inPeriodPayments() {
        long suspended = items.stream().filter(i -> !i.day().isBefore(FROM) && !i.day().isAfter(TO)).count();
        return suspended + automatic.size();
    }

    private static Map<String, Row> rowsByMeasure(XSSFSheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            rows.put(row.getCell(0).getStringCellValue() + "/" + row.getCell(1).getStringCellValue(), row);
        }
        return rows;
    }

    private static void assertFigures(Row row, long[] expected) {
        Cell items = row.getCell(2);
        assertThat(items.getCellType()).as("items are a number").isEqualTo(CellType.NUMERIC);
        assertThat((long) items.getNumericCellValue()).as("items of " + row.getCell(1)).isEqualTo(expected[0]);
        assertThat(pence(row)).as("value of " + row.getCell(1)).isEqualTo(expected[1]);
        assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo(XlsxStyles.GBP_FORMAT);
    }

    private static long pence(Row row) {
        return Math.round(row.getCell(3).getNumericCellValue() * 100);
    }

    private static String gbp(long pence) {
        return Amounts.format(pence, "GBP");
    }
}
