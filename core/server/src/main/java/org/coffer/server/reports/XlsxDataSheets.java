package org.coffer.server.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheets that hold a report's rows: a header row that stays in view, typed cells, an autofilter, column widths
 * that fit, and a new sheet whenever one is full. Totals follow the last row as live formulas.
 */
final class XlsxDataSheets {

    /** Excel's 31 characters for a sheet name, less room for a number such as " (12)". */
    private static final int MAX_NAME = 26;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final Report report;
    private final int maxRows;
    private final String baseName;
    private final int currencyColumn;
    private final int[] widths;
    /** Each column's style, looked up once: a million rows would otherwise look each cell's up again. */
    private final CellStyle[] columnStyles;
    private final Map<String, CellStyle> moneyStyles = new HashMap<>();
    private final ColumnTotals totals;
    private final List<DataSheet> sheets = new ArrayList<>();
    private DataSheet current;

    XlsxDataSheets(SXSSFWorkbook workbook, XlsxStyles styles, Report report, int maxRows) {
        this.workbook = workbook;
        this.styles = styles;
        this.report = report;
        this.maxRows = maxRows;
        String safe = WorkbookUtil.createSafeSheetName(report.title());
        this.baseName = safe.length() > MAX_NAME ? safe.substring(0, MAX_NAME).strip() : safe;
        this.currencyColumn = report.currencyColumn().orElse(-1);
        this.widths = report.columns().stream().mapToInt(c -> c.heading().length()).toArray();
        // Money's style depends on each row's currency, so it is looked up per row (moneyStyles).
        this.columnStyles = report.columns().stream().map(c -> c.type() == ColumnType.MONEY ? null
                : styles.of(c.type(), null)).toArray(CellStyle[]::new);
        this.totals = new ColumnTotals(report);
        current = newSheet();
    }

    void add(Object[] values) {
        if (current.nextRow == maxRows) {
            current = newSheet();
        }
        Row row = current.sheet.createRow(current.nextRow++);
        String currency = currencyColumn < 0 ? null : (String) values[currencyColumn];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), report.columns().get(i).type(), values[i], currency, i);
            }
        }
        totals.add(values);
    }

    /** Ends the data: the totals rows, and on every sheet the autofilter and the column widths. */
    void finish() {
        boolean anyTotal = report.columns().stream().anyMatch(ReportColumn::total);
        List<String> currencies = totals.currencies();
        if (anyTotal && current.nextRow + 1 + currencies.size() > maxRows) {
            current = newSheet();
        }
        for (DataSheet data : sheets) {
            data.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, data.nextRow - 1), 0, widths.length - 1));
        }
        if (anyTotal) {
            new XlsxTotals(styles, report, sheets.stream().map(s -> new XlsxTotals.Range(s.name, s.nextRow)).toList(),
                    totals).write(current.sheet, current.nextRow + 1, widths);
        }
        for (DataSheet data : sheets) {
            for (int i = 0; i < widths.length; i++) {
                data.sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2)) * 256);
            }
        }
    }

    private void write(Cell cell, ColumnType type, Object value, String currency, int column) {
        switch (type) {
            case TEXT, CURRENCY -> {
                String text = (String) value;
                cell.setCellValue(text);
                if (XlsxText.looksLikeFormula(text)) {
                    cell.setCellStyle(styles.quotedText());
                }
                widen(column, text.length());
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(columnStyles[column]);
                widen(column, 10);
            }
            case TIMESTAMP -> {
                cell.setCellValue((LocalDateTime) value);
                cell.setCellStyle(columnStyles[column]);
                widen(column, 16);
            }
            case MONEY -> {
                long pence = (Long) value;
                // A spreadsheet number is a double; pence / 100.0 is the double nearest the exact amount.
                cell.setCellValue(pence / 100.0);
                cell.setCellStyle(moneyStyles.computeIfAbsent(currency == null ? ColumnTotals.GBP : currency,
                        code -> styles.money(code, false)));
                widen(column, XlsxText.moneyWidth(pence));
            }
            case COUNT -> {
                long count = (Long) value;
                cell.setCellValue(count);
                cell.setCellStyle(columnStyles[column]);
                widen(column, XlsxText.countWidth(count));
            }
            case PERCENT, NUMBER -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(columnStyles[column]);
                widen(column, 7);
            }
        }
    }

    private void widen(int column, int chars) {
        if (chars > widths[column]) {
            widths[column] = chars;
        }
    }

    private DataSheet newSheet() {
        String name = sheets.isEmpty() ? baseName : baseName + " (" + (sheets.size() + 1) + ")";
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < report.columns().size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(report.columns().get(i).heading());
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, 1);
        DataSheet data = new DataSheet(name, sheet);
        sheets.add(data);
        return data;
    }

    /** One sheet of data and the next row to write on it. */
    private static final class DataSheet {
        final String name;
        final SXSSFSheet sheet;
        int nextRow = 1;

        DataSheet(String name, SXSSFSheet sheet) {
            this.name = name;
            this.sheet = sheet;
        }
    }
}
