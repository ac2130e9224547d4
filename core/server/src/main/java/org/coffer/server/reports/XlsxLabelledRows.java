package org.coffer.server.reports;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Rows of a bold label and its value down a sheet, as the About sheet of a report and the Summary of a pack are
 * written. Text is always a string cell, and text a spreadsheet would take for a formula is marked as text.
 */
final class XlsxLabelledRows {

    /** When a workbook was produced, as its description sheet says it. */
    static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm z", Locale.UK);

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private int next;

    XlsxLabelledRows(SXSSFSheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** A row with the label and, when given, a text value; returns the value's cell. */
    Cell line(String label, String value) {
        Row row = sheet.createRow(next++);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.label());
        Cell valueCell = row.createCell(1);
        if (value != null) {
            text(valueCell, value);
        }
        return valueCell;
    }

    /** Leaves an empty row between groups of lines. */
    void gap() {
        next++;
    }

    void text(Cell cell, String value) {
        cell.setCellValue(value);
        cell.setCellStyle(XlsxText.looksLikeFormula(value) ? styles.quotedText() : styles.wrappedText());
    }
}
