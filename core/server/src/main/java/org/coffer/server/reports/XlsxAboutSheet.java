package org.coffer.server.reports;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The sheet that says what a report is: council, title, description, parameters, data source and when produced. */
final class XlsxAboutSheet {

    static final String NAME = "About this report";
    private static final DateTimeFormatter PRODUCED =
            DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm z", Locale.UK);

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private int next;

    XlsxAboutSheet(SXSSFWorkbook workbook, XlsxStyles styles) {
        this.sheet = workbook.createSheet(NAME);
        this.styles = styles;
    }

    void write(ReportResult result, long rows) {
        Report report = result.report();
        line("Council", result.councilName());
        line("Report", report.title());
        line("About", report.description());
        next++;
        line("Parameters", null);
        for (ParameterValue value : result.parameters()) {
            line(value.parameter().label(), value.description());
        }
        next++;
        line("Data source", result.dataSource());
        line("Rows", null).setCellValue(rows);
        Cell produced = line("Produced", result.producedAt().format(PRODUCED));
        produced.getRow().createCell(2).setCellValue(result.producedAt().toLocalDateTime());
        produced.getRow().getCell(2).setCellStyle(styles.timestamp());
        line("Report id", report.id());
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        sheet.setColumnWidth(2, 18 * 256);
    }

    /** A row with a bold label and a text value (a string cell, whatever the text); returns the value's cell. */
    private Cell line(String label, String value) {
        Row row = sheet.createRow(next++);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.label());
        Cell valueCell = row.createCell(1);
        if (value != null) {
            valueCell.setCellValue(value);
            valueCell.setCellStyle(XlsxText.looksLikeFormula(value) ? styles.quotedText() : styles.wrappedText());
        }
        return valueCell;
    }
}
