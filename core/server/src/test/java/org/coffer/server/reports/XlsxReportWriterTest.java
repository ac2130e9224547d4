package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a report looks in Excel: typed cells, payer text kept as text, sheets that fill, and the about sheet. */
class XlsxReportWriterTest {

    private static final Map<String, String> JUNE = Map.of("from", "2026-06-01", "to", "2026-06-30");

    @TempDir
    Path dir;

    private TestingReports reports;

    @BeforeEach
    void open() {
        reports = new TestingReports(dir);
    }

    @AfterEach
    void close() {
        reports.close();
    }

    @Test
    void payerTextThatLooksLikeAFormulaIsAStringCellMarkedAsText() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
        reports.ledger.posting(LocalDate.of(2026, 6, 2), "CTAX", "FASTER_PAYMENT", "GBP", 1_000, hyperlink);
        reports.ledger.posting(LocalDate.of(2026, 6, 3), "CTAX", "FASTER_PAYMENT", "GBP", 2_000, "+1+1");
        reports.ledger.posting(LocalDate.of(2026, 6, 4), "CTAX", "FASTER_PAYMENT", "GBP", 3_000, "rent June");

        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("income-detail", JUNE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell formulaLike = sheet.getRow(1).getCell(5);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo(hyperlink);
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("+1+1");
            assertThat(sheet.getRow(3).getCell(5).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(workbook.getCTWorkbook().toString()).doesNotContain("HYPERLINK");
        }
    }

    @Test
    void theHeaderStaysInViewAndTheDataHasAnAutofilterAndColumnsWideEnough() throws Exception {
        reports.ledger.posting(LocalDate.of(2026, 6, 2), "CTAX", "FASTER_PAYMENT", "GBP", 123_456_789,
                "a narrative of forty characters exactly.");

        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("income-detail", JUNE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H2");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getColumnWidth(5)).isGreaterThanOrEqualTo(40 * 256);
            assertThat(sheet.getColumnWidth(7)).isGreaterThanOrEqualTo("£1,234,567.89".length() * 256);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1_234_567.89);
            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 6, 2, 0, 0));
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void aFullSheetIsFollowedByAnotherAndTheTotalSpansThemAll() throws Exception {
        long total = 0;
        for (int i = 1; i <= 7; i++) {
            reports.ledger.posting(LocalDate.of(2026, 6, i), "CTAX", "DIRECT_DEBIT", "GBP", i * 1_001L, "dd " + i);
            total += i * 1_001L;
        }

        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("income-detail", JUNE),
                new XlsxReportWriter(4))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo("Income detail");
            assertThat(workbook.getSheetName(1)).isEqualTo("Income detail (2)");
            assertThat(workbook.getSheetName(2)).isEqualTo("Income detail (3)");
            assertThat(workbook.getSheetName(3)).isEqualTo(XlsxAboutSheet.NAME);
            XSSFSheet second = workbook.getSheetAt(1);
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(second.getRow(1).getCell(5).getStringCellValue()).isEqualTo("dd 4");
            assertThat(second.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H4");
            Cell totalCell = workbook.getSheetAt(2).getRow(3).getCell(7);
            assertThat(totalCell.getCellFormula()).contains("'Income detail'!", "'Income detail (2)'!",
                    "'Income detail (3)'!");
            assertThat(Math.round(totalCell.getNumericCellValue() * 100)).isEqualTo(total);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(Math.round(totalCell.getNumericCellValue() * 100)).isEqualTo(total);
        }
    }

    @Test
    void theAboutSheetAndTheDocumentPropertiesSayWhatTheReportIsAndWhenItWasProduced() throws Exception {
        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("income-detail",
                Map.of("from", "2026-06-01", "to", "2026-06-30", "fund", "ctax")))) {
            XSSFSheet about = workbook.getSheet(XlsxAboutSheet.NAME);
            Map<String, String> lines = new LinkedHashMap<>();
            for (int r = 0; r <= about.getLastRowNum(); r++) {
                if (about.getRow(r) != null && about.getRow(r).getCell(1) != null
                        && about.getRow(r).getCell(1).getCellType() == CellType.STRING) {
                    lines.put(about.getRow(r).getCell(0).getStringCellValue(),
                            about.getRow(r).getCell(1).getStringCellValue());
                }
            }
            assertThat(lines).containsEntry("Council", "Fernley Borough Council")
                    .containsEntry("Report", "Income detail")
                    .containsEntry("From", "1 June 2026").containsEntry("To", "30 June 2026")
                    .containsEntry("Fund", "CTAX").containsEntry("Channel", "all")
                    .containsEntry("Produced", "15 July 2026 at 10:30 BST");
            assertThat(lines.get("Data source")).contains("Postings to funds", "coffer.duckdb");
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Income detail");
            assertThat(core.getCreator()).isEqualTo("Coffer");
            assertThat(core.getCreated().toInstant()).isEqualTo(TestingReports.NOW);
            assertThat(workbook.getProperties().getCustomProperties().getProperty("Fund").getLpwstr())
                    .isEqualTo("CTAX");
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void aReportWithNoRowsStillHasItsHeaderAndAZeroTotal() throws Exception {
        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("income-detail", JUNE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Amount");
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H1");
        }
    }
}
