package org.coffer.plugins.dwp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.TestingFileSink;
import org.coffer.plugin.testing.TestingFormatContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as Excel saves them (written here by POI): shared strings, date-styled cells, a second sheet. */
class ExcelWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void readsTheDeductionsOfTheFirstSheetWithSharedStringsAndExcelDates() throws IOException {
        Path file = workbook("DWP CT April.xlsx", (sheet, dates) -> {
            row(sheet, dates, 1, "499 008 590", LocalDate.of(2025, 4, 7), 1234, "");
            row(sheet, dates, 2, "407853371", LocalDate.of(2025, 4, 14), 560, "-");
            sheet.createRow(3);
        });

        TestingFileSink sink = read(file);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.statements()).singleElement()
                .satisfies(statement -> assertThat(statement.start().account()).isEqualTo("DWP"));
        assertThat(sink.lines()).extracting(StatementLine::reference, StatementLine::valueDate,
                        StatementLine::signedPence, StatementLine::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("499 008 590", LocalDate.of(2025, 4, 7), 1_234L,
                                LineKind.PAYMENT),
                        org.assertj.core.groups.Tuple.tuple("407853371", LocalDate.of(2025, 4, 14), -560L,
                                LineKind.REVERSAL));
        assertThat(sink.lines()).allSatisfy(line -> assertThat(line.channel()).isEqualTo(Channel.DWP));
    }

    @Test
    void namesTheRowAndColumnOfEachValueItCannotRead() throws IOException {
        Path file = workbook("DWP CT May.xlsx", (sheet, dates) -> {
            row(sheet, dates, 1, "499008590", LocalDate.of(2025, 5, 5), 1234, "x");
            Row text = sheet.createRow(2);
            text.createCell(5).setCellValue("407853371");
            text.createCell(10).setCellValue("5th May");
            text.createCell(11).setCellValue(12.5);
        });

        TestingFileSink sink = read(file);

        assertThat(sink.problems()).extracting(problem -> problem.location().line(), problem -> problem.field())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "M (sign)"),
                        org.assertj.core.groups.Tuple.tuple(3L, "L (amount)"));
        assertThat(sink.problems().get(1).message()).contains("'12.5' is not an amount in whole pence");
    }

    @Test
    void claimsOnlyWorkbooksNamedAsTheDwpsSchedules() throws IOException {
        Path schedule = workbook("DWP CT June.xlsx", (sheet, dates) -> { });
        Path other = Files.copy(schedule, temp.resolve("budget.xlsx"));

        assertThat(new DwpDeductionsFormat().detect(TestingFormatContext.sample(schedule)).claims()).isTrue();
        assertThat(new DwpDeductionsFormat().detect(TestingFormatContext.sample(other)).claims()).isFalse();
    }

    private interface Rows {
        void fill(Sheet sheet, CellStyle dates);
    }

    private Path workbook(String name, Rows rows) throws IOException {
        Path file = temp.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Deductions");
            Row heading = sheet.createRow(0);
            heading.createCell(5).setCellValue("Council tax reference");
            heading.createCell(10).setCellValue("Payment date");
            heading.createCell(11).setCellValue("Amount (pence)");
            rows.fill(sheet, dates);
            workbook.createSheet("Notes").createRow(1).createCell(5).setCellValue("not a deduction");
            workbook.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, CellStyle dates, int index, String reference, LocalDate paid, long pence,
            String sign) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue("Fernley Borough Council");
        row.createCell(5).setCellValue(reference);
        row.createCell(10).setCellValue(paid);
        row.getCell(10).setCellStyle(dates);
        row.createCell(11).setCellValue(pence);
        row.createCell(12).setCellValue(sign);
    }

    private static TestingFileSink read(Path file) throws IOException {
        TestingFileSink sink = new TestingFileSink();
        try (InputStream in = Files.newInputStream(file)) {
            new DwpDeductionsFormat().read(in, TestingFormatContext.of(file), sink);
        }
        return sink;
    }
}
