package org.coffer.server.reports;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A pack's first sheet: the council, the period and when it was produced, then for each section its headline
 * figures as typed cells, what it shows, the parameters it ran with and where its figures come from.
 */
final class XlsxPackSummary {

    static final String NAME = "Summary";
    private static final DateTimeFormatter PRODUCED =
            DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm z", Locale.UK);

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private int next;

    XlsxPackSummary(SXSSFWorkbook workbook, XlsxStyles styles) {
        this.sheet = workbook.createSheet(NAME);
        this.styles = styles;
    }

    void write(PackResult pack) {
        line(pack.pack().title(), null);
        line("Council", pack.councilName());
        line("Period", pack.periodText());
        date("From", pack);
        date("To", pack);
        line("Produced", pack.producedAt().format(PRODUCED));
        line("About", pack.pack().description());
        for (PackResult.Section section : pack.sections()) {
            next++;
            ReportResult result = section.result();
            line(result.report().title(), null);
            for (PackFigure figure : section.figures()) {
                figure(figure);
            }
            line("About", result.report().description().replaceAll("\\s+", " "));
            line("Parameters", result.parameters().stream().map(v -> v.parameter().label() + ": " + v.description())
                    .collect(Collectors.joining(" \u00b7 ")));
            line("Data source", result.dataSource().replaceAll("\\s+", " "));
        }
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private void figure(PackFigure figure) {
        Cell cell = line(figure.label(), null);
        Object value = figure.value();
        if (value == null) {
            cell.setCellValue("-");
            return;
        }
        switch (figure.type()) {
            case MONEY -> {
                cell.setCellValue((Long) value / 100.0);
                cell.setCellStyle(styles.money(ColumnTotals.GBP, false));
            }
            case COUNT -> {
                cell.setCellValue((Long) value);
                cell.setCellStyle(styles.count(false));
            }
            case PERCENT -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.percent());
            }
            case NUMBER -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.decimal());
            }
            default -> text(cell, figure.text());
        }
    }

    private void date(String label, PackResult pack) {
        Cell cell = line(label, null);
        cell.setCellValue(label.equals("From") ? pack.from() : pack.to());
        cell.setCellStyle(styles.date());
    }

    /** A row with a bold label and, when given, a text value; returns the value's cell. */
    private Cell line(String label, String value) {
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

    /** Text is always a string cell, and one a spreadsheet would take for a formula is marked as text. */
    private void text(Cell cell, String value) {
        cell.setCellValue(value);
        cell.setCellStyle(XlsxText.looksLikeFormula(value) ? styles.quotedText() : styles.wrappedText());
    }
}
