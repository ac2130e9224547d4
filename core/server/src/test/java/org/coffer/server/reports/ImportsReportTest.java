package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import history with each file's declared control figures beside what was stored, refusals included. */
class ImportsReportTest {

    private static final String REFUSAL = "statement.sta line 14: the closing balance 1,200.00 is not the opening "
            + "balance plus the lines (1,150.00)\n=HYPERLINK(\"http://x\",\"y\")";

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
    void storedFilesShowTheirDeclaredAndStoredFiguresAndRefusedFilesWhy() throws Exception {
        LocalDate day = LocalDate.of(2026, 7, 1);
        reports.ledger.storedImport("main-0701.sta", Instant.parse("2026-07-01T23:30:00Z"), "MAIN", "GBP", List.of(
                reports.ledger.line("MAIN", day, "FASTER_PAYMENT", "GBP", 10_050, "CTAX", "a"),
                reports.ledger.line("MAIN", day, "BACS_CREDIT", "GBP", 2_000, "NNDR", "b"),
                reports.ledger.line("MAIN", day, "BANK_CHARGE", "GBP", -350, null, "charge")));
        reports.ledger.refusedImport("statement.sta", Instant.parse("2026-07-03T10:00:00Z"), REFUSAL);
        reports.ledger.refusedImport("june.sta", Instant.parse("2026-06-30T22:59:00Z"), "too early");

        ReportResult result = reports.runner.run("imports", Map.of("from", "2026-07-01", "to", "2026-07-10"));

        try (XSSFWorkbook workbook = TestingReports.xlsx(result)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(DailyBankingReportTest.lastDataRow(sheet)).isEqualTo(2);
            Row stored = sheet.getRow(1);
            // 23:30 UTC on 1 July is 00:30 on 2 July in London.
            assertThat(stored.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 2, 0, 30));
            assertThat(stored.getCell(2).getStringCellValue()).isEqualTo("main-0701.sta");
            assertThat(stored.getCell(5).getStringCellValue()).isEqualTo("STORED");
            assertThat(stored.getCell(7).getNumericCellValue()).isEqualTo(3);
            assertThat(stored.getCell(8).getNumericCellValue()).isEqualTo(3);
            assertThat(stored.getCell(10).getNumericCellValue()).isEqualTo(120.50);
            assertThat(stored.getCell(11).getNumericCellValue()).isEqualTo(120.50);
            assertThat(stored.getCell(12).getNumericCellValue()).isEqualTo(3.50);
            assertThat(stored.getCell(13).getNumericCellValue()).isEqualTo(3.50);
            assertThat(stored.getCell(14).getStringCellValue()).isEqualTo("yes");
            Row refused = sheet.getRow(2);
            assertThat(refused.getCell(5).getStringCellValue()).isEqualTo("REFUSED");
            assertThat(refused.getCell(19).getCellType()).isEqualTo(CellType.STRING);
            assertThat(refused.getCell(19).getStringCellValue()).isEqualTo(REFUSAL);
            assertThat(refused.getCell(11)).isNull();
        }
    }
}
