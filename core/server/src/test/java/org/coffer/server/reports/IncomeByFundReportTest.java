package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.server.CofferException;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Income by fund for a month, quarter and year to date beside last year's, checked against sums made here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncomeByFundReportTest {

    private static final List<String> FUNDS = List.of("CTAX", "NNDR", "HRENT");

    private TestingReports reports;

    @BeforeAll
    void load(@TempDir Path dir) {
        reports = new TestingReports(dir);
        Random random = new Random(11);
        LocalDate day = LocalDate.of(2024, 4, 1);
        while (day.isBefore(LocalDate.of(2026, 4, 1))) {
            reports.ledger.posting(day, FUNDS.get(random.nextInt(FUNDS.size())), "DIRECT_DEBIT", "GBP",
                    random.nextInt(100_000) + 1, "dd");
            day = day.plusDays(5);
        }
        // A direct debit paid in May 2025 and returned unpaid in February 2026 counts against February.
        reports.ledger.posting(LocalDate.of(2025, 5, 20), "CTAX", "DIRECT_DEBIT", "GBP", 12_345, "paid");
        reports.ledger.posting(LocalDate.of(2026, 2, 3), "CTAX", "DIRECT_DEBIT", "GBP", -12_345, "unpaid");
        reports.ledger.posting(LocalDate.of(2026, 2, 10), "SUSP", "FASTER_PAYMENT", "EUR", 5_000, "euro");
    }

    @AfterAll
    void close() {
        reports.close();
    }

    @Test
    void eachFundsMonthQuarterAndYearToDateMatchSumsOfItsPostings() throws Exception {
        ReportResult result = reports.runner.run("income-by-fund", Map.of("period", "2026-02"));

        try (XSSFWorkbook workbook = TestingReports.xlsx(result)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int last = DailyBankingReportTest.lastDataRow(sheet);
            assertThat(last).isEqualTo(FUNDS.size() + 1);
            for (int r = 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                String fund = row.getCell(0).getStringCellValue();
                String currency = row.getCell(1).getStringCellValue();
                assertThat(pence(row, 2)).as(fund + " February 2026")
                        .isEqualTo(sum(fund, currency, between("2026-02-01", "2026-02-28")));
                assertThat(pence(row, 3)).as(fund + " February 2025")
                        .isEqualTo(sum(fund, currency, between("2025-02-01", "2025-02-28")));
                assertThat(pence(row, 4)).as(fund + " quarter 4 to date")
                        .isEqualTo(sum(fund, currency, between("2026-01-01", "2026-02-28")));
                assertThat(pence(row, 5)).as(fund + " quarter 4 to date last year")
                        .isEqualTo(sum(fund, currency, between("2025-01-01", "2025-02-28")));
                assertThat(pence(row, 6)).as(fund + " year to date")
                        .isEqualTo(sum(fund, currency, between("2025-04-01", "2026-02-28")));
                assertThat(pence(row, 7)).as(fund + " year to date last year")
                        .isEqualTo(sum(fund, currency, between("2024-04-01", "2025-02-28")));
            }
            Row gbpTotal = sheet.getRow(last + 2);
            assertThat(gbpTotal.getCell(0).getStringCellValue()).isEqualTo("Total GBP");
            assertThat(pence(gbpTotal, 6)).isEqualTo(sum(null, "GBP", between("2025-04-01", "2026-02-28")));
            assertThat(sheet.getRow(last + 3).getCell(0).getStringCellValue()).isEqualTo("Total EUR, apart from GBP");
            assertThat(pence(sheet.getRow(last + 3), 2)).isEqualTo(5_000);
        }
    }

    @Test
    void thePdfShowsEachFundsFiguresAndTheTotalsApartByCurrency() {
        String text = String.join(" ", TestingReports.pdfPages(reports.runner.run("income-by-fund",
                Map.of("period", "2026-02")))).replaceAll("\\s+", " ");

        assertThat(text).contains("Month: February 2026, period 11 of 2025/26");
        for (String fund : FUNDS) {
            assertThat(text).contains(fund + " GBP " + String.join(" ",
                    gbp(sum(fund, "GBP", between("2026-02-01", "2026-02-28"))),
                    gbp(sum(fund, "GBP", between("2025-02-01", "2025-02-28"))),
                    gbp(sum(fund, "GBP", between("2026-01-01", "2026-02-28"))),
                    gbp(sum(fund, "GBP", between("2025-01-01", "2025-02-28"))),
                    gbp(sum(fund, "GBP", between("2025-04-01", "2026-02-28"))),
                    gbp(sum(fund, "GBP", between("2024-04-01", "2025-02-28")))));
        }
        assertThat(text).contains("Total GBP GBP " + gbp(sum(null, "GBP", between("2026-02-01", "2026-02-28"))),
                "Total EUR, apart from GBP EUR EUR 50.00");
    }

    @Test
    void aReversalCountsInThePeriodItIsPosted() {
        ReportResult may = reports.runner.run("income-by-fund", Map.of("period", "2025-05", "fund", "CTAX"));
        ReportResult february = reports.runner.run("income-by-fund", Map.of("period", "2026-02", "fund", "CTAX"));

        assertThat((Long) may.firstRows(10).get(0)[2])
                .isEqualTo(sum("CTAX", "GBP", between("2025-05-01", "2025-05-31")));
        assertThat((Long) february.firstRows(10).get(0)[2])
                .isEqualTo(sum("CTAX", "GBP", between("2026-02-01", "2026-02-28")));
        assertThat(sum("CTAX", "GBP", between("2026-02-03", "2026-02-03"))).isNegative();
    }

    @Test
    void anUnknownFundOrAMonthThatIsNotOneIsAClearError() {
        assertThatThrownBy(() -> reports.runner.run("income-by-fund", Map.of("fund", "XYZ")))
                .isInstanceOf(CofferException.class)
                .hasMessageStartingWith("report income-by-fund, parameter fund: there is no fund 'XYZ'; expected all "
                        + "or one of CTAX, NNDR, ");
        assertThatThrownBy(() -> reports.runner.run("income-by-fund", Map.of("period", "2026-13")))
                .hasMessage("report income-by-fund, parameter period: '2026-13' is not a month; expected one such as "
                        + "2025-06, or current-month or previous-month");
    }

    private static String gbp(long pence) {
        return Amounts.format(pence, "GBP");
    }

    private static long pence(Row row, int column) {
        return Math.round(row.getCell(column).getNumericCellValue() * 100);
    }

    private long sum(String fund, String currency, Predicate<LocalDate> when) {
        return reports.ledger.lines().stream()
                .filter(l -> (fund == null || l.fund().equals(fund)) && l.currency().equals(currency)
                        && when.test(l.day()))
                .mapToLong(TestingLedger.Line::pence).sum();
    }

    private static Predicate<LocalDate> between(String from, String to) {
        return day -> !day.isBefore(LocalDate.parse(from)) && !day.isAfter(LocalDate.parse(to));
    }
}
