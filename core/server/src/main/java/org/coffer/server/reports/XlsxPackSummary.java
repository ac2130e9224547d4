package org.coffer.server.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A pack's first sheet: the council, the period and when it was produced, then for each section its headline
 * figures as typed cells, what it shows, the parameters it ran with and where its figures come from.
 */
final class XlsxPackSummary {

    static final String NAME = "Summary";

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final XlsxLabelledRows rows;

    XlsxPackSummary(SXSSFWorkbook workbook, XlsxStyles styles) {
        this.sheet = workbook.createSheet(NAME);
        this.styles = styles;
        this.rows = new XlsxLabelledRows(sheet, styles);
    }

    void write(PackResult pack) {
        rows.line(pack.pack().title(), null);
        rows.line("Council", pack.councilName());
        rows.line("Period", pack.periodText());
        date("From", pack.from());
        date("To", pack.to());
        rows.line("Produced", pack.producedAt().format(XlsxLabelledRows.PRODUCED));
        rows.line("About", pack.pack().description());
        for (PackResult.Section section : pack.sections()) {
            rows.gap();
            ReportResult result = section.result();
            rows.line(result.report().title(), null);
            for (PackFigure figure : section.figures()) {
                figure(figure);
            }
            rows.line("About", result.report().description().replaceAll("\\s+", " "));
            rows.line("Parameters", result.parameters().stream().map(v -> v.parameter().label() + ": " + v.description())
                    .collect(Collectors.joining(" \u00b7 ")));
            rows.line("Data source", result.dataSource().replaceAll("\\s+", " "));
        }
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private void figure(PackFigure figure) {
        Cell cell = rows.line(figure.label(), null);
        Object value = figure.value();
        if (value == null) {
            cell.setCellValue("-");
            return;
        }
        switch (figure.type()) {
            case MONEY -> cell.setCellValue((Long) value / 100.0);
            case COUNT -> cell.setCellValue((Long) value);
            case PERCENT, NUMBER -> cell.setCellValue(((BigDecimal) value).doubleValue());
            default -> {
                rows.text(cell, figure.text());
                return;
            }
        }
        cell.setCellStyle(styles.of(figure.type(), ColumnTotals.GBP));
    }

    private void date(String label, LocalDate date) {
        Cell cell = rows.line(label, null);
        cell.setCellValue(date);
        cell.setCellStyle(styles.date());
    }
}
