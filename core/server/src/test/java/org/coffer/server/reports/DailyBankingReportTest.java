package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The daily banking summary, read back from the .xlsx and checked against the statements it was built from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyBankingReportTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    private static final List<String> CHANNELS = List.of("FASTER_PAYMENT", "BACS_CREDIT", "DIRECT_DEBIT", "CHEQUE");

    private TestingReports reports;
    /** Declared credits of each statement, by bank account and day. */
    private final Map<String, Long> declaredCredits = new TreeMap<>();

    @BeforeAll
    void load(@TempDir Path dir) {
        reports = new TestingReports(dir);
        Random random = new Random(7);
        for (int day = 0; day < 10; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            statement(random, "MAIN", "GBP", date);
            statement(random, "INCOME", "GBP", date);
        }
        statement(random, "INCOME", "EUR", FIRST_DAY.plusDays(3));
    }

    @AfterAll
    void close() {
        reports.close();
    }

    @Test
    void creditsPerAccountAndDayAgreeWithTheStatementsOwnTotals() throws Exception {
        ReportResult result = reports.runner.run("daily-banking", Map.of("from", "2026-06-01", "to", "2026-06-30"));

        try (XSSFWorkbook workbook = TestingReports.xlsx(result)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<String, Long> credited = new TreeMap<>();
            int last = lastDataRow(sheet);
            for (int r = 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                String key = row.getCell(0).getStringCellValue() + " " + row.getCell(1).getLocalDateTimeCellValue()
                        .toLocalDate() + " " + row.getCell(3).getStringCellValue();
                credited.merge(key, Math.round(row.getCell(5).getNumericCellValue() * 100), Long::sum);
            }
            assertThat(credited).isEqualTo(declaredCredits);
        }
    }

    @Test
    void totalsAreLiveFormulasPerCurrencyWithTheirValuesCached() throws Exception {
        ReportResult result = reports.runner.run("daily-banking", Map.of("from", "2026-06-01", "to", "2026-06-30"));
        long gbpCredits = reports.ledger.lines().stream().filter(l -> l.currency().equals("GBP") && l.pence() > 0)
                .mapToLong(TestingLedger.Line::pence).sum();
        long eurCredits = reports.ledger.lines().stream().filter(l -> l.currency().equals("EUR") && l.pence() > 0)
                .mapToLong(TestingLedger.Line::pence).sum();

        try (XSSFWorkbook workbook = TestingReports.xlsx(result)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row gbp = sheet.getRow(lastDataRow(sheet) + 2);
            Row eur = sheet.getRow(lastDataRow(sheet) + 3);

            assertThat(gbp.getCell(0).getStringCellValue()).isEqualTo("Total GBP");
            assertThat(gbp.getCell(5).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(gbp.getCell(5).getCellFormula()).startsWith("SUMIFS(");
            assertThat(Math.round(gbp.getCell(5).getNumericCellValue() * 100)).isEqualTo(gbpCredits);
            assertThat(gbp.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("\"£\"#,##0.00");
            assertThat(eur.getCell(0).getStringCellValue()).isEqualTo("Total EUR, apart from GBP");
            assertThat(Math.round(eur.getCell(5).getNumericCellValue() * 100)).isEqualTo(eurCredits);
            assertThat(eur.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"EUR\"");

            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateFormulaCell(gbp.getCell(5));
            evaluator.evaluateFormulaCell(eur.getCell(5));
            assertThat(Math.round(gbp.getCell(5).getNumericCellValue() * 100)).isEqualTo(gbpCredits);
            assertThat(Math.round(eur.getCell(5).getNumericCellValue() * 100)).isEqualTo(eurCredits);
        }
    }

    @Test
    void thePdfTotalsAgreeWithTheStatementsOwnTotals() {
        long gbpCredits = declaredCredits.entrySet().stream().filter(e -> e.getKey().endsWith(" GBP"))
                .mapToLong(Map.Entry::getValue).sum();
        long eurCredits = declaredCredits.entrySet().stream().filter(e -> e.getKey().endsWith(" EUR"))
                .mapToLong(Map.Entry::getValue).sum();

        List<String> pages = TestingReports.pdfPages(reports.runner.run("daily-banking",
                Map.of("from", "2026-06-01", "to", "2026-06-30")));
        String text = String.join(" ", pages).replaceAll("\\s+", " ");

        assertThat(text).containsPattern("Total GBP GBP [0-9,]+ " + Pattern.quote(Amounts.format(gbpCredits, "GBP")))
                .containsPattern("Total EUR, apart from GBP EUR [0-9,]+ "
                        + Pattern.quote(Amounts.format(eurCredits, "EUR")))
                .contains("Page " + pages.size() + " of " + pages.size());
        // The page the report ends on carries the same header as the others.
        assertThat(pages.get(pages.size() - 1)).contains("Fernley Borough Council", "Daily banking summary");
    }

    @Test
    void oneBankAccountCanBeChosen() throws Exception {
        ReportResult result = reports.runner.run("daily-banking",
                Map.of("from", "2026-06-01", "to", "2026-06-30", "account", "main"));

        assertThat(result.firstRows(1000)).isNotEmpty().allSatisfy(row -> assertThat(row[0]).isEqualTo("MAIN"));
    }

    private void statement(Random random, String account, String currency, LocalDate day) {
        List<TestingLedger.Line> lines = new ArrayList<>();
        for (int i = 0; i < 5 + random.nextInt(10); i++) {
            long pence = random.nextInt(10) == 0 ? -random.nextInt(50_000) - 1 : random.nextInt(200_000) + 1;
            lines.add(reports.ledger.line(account, day, CHANNELS.get(random.nextInt(CHANNELS.size())), currency, pence,
                    pence > 0 ? "CTAX" : null, "payment " + i));
        }
        reports.ledger.storedImport(account + "-" + day + ".sta", Instant.parse("2026-07-01T08:00:00Z"), account,
                currency, lines);
        long credits = lines.stream().filter(l -> l.pence() > 0).mapToLong(TestingLedger.Line::pence).sum();
        declaredCredits.merge(account + " " + day + " " + currency, credits, Long::sum);
    }

    /** The last row before the blank row that separates the data from the totals. */
    static int lastDataRow(XSSFSheet sheet) {
        int r = 1;
        while (sheet.getRow(r + 1) != null) {
            r++;
        }
        return r;
    }
}
