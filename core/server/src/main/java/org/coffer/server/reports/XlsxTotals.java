package org.coffer.server.reports;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The totals rows under a report's data: a live {@code SUM} over every data sheet for each money and count column,
 * with the value already worked out cached in the cell. With a currency column there is a row per currency, each a
 * {@code SUMIFS} on it, so GBP totals never include another currency.
 */
final class XlsxTotals {

    /** The data rows of one sheet: spreadsheet rows 2 to {@code endRow}. */
    record Range(String sheetName, int endRow) {
    }

    private final XlsxStyles styles;
    private final Report report;
    private final List<Range> ranges;
    private final ColumnTotals totals;

    XlsxTotals(XlsxStyles styles, Report report, List<Range> ranges, ColumnTotals totals) {
        this.styles = styles;
        this.report = report;
        this.ranges = ranges.stream().filter(range -> range.endRow() >= 2).toList();
        this.totals = totals;
    }

    void write(SXSSFSheet sheet, int firstRow, int[] widths) {
        List<ReportColumn> columns = report.columns();
        int currencyColumn = report.currencyColumn().orElse(-1);
        int labelColumn = labelColumn(columns);
        int rowIndex = firstRow;
        for (String currency : totals.currencies()) {
            Row row = sheet.createRow(rowIndex++);
            if (labelColumn >= 0) {
                String label = currencyColumn < 0 ? "Total"
                        : currency.equals(ColumnTotals.GBP) ? "Total GBP" : "Total " + currency + ", apart from GBP";
                Cell cell = row.createCell(labelColumn);
                cell.setCellValue(label);
                cell.setCellStyle(styles.label());
                widths[labelColumn] = Math.max(widths[labelColumn], label.length());
            }
            if (currencyColumn >= 0) {
                row.createCell(currencyColumn).setCellValue(currency);
            }
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).total()) {
                    total(row.createCell(i), columns.get(i).type(), currency, i, currencyColumn);
                }
            }
        }
    }

    private void total(Cell cell, ColumnType type, String currency, int column, int currencyColumn) {
        long value = totals.total(currency, column);
        if (!ranges.isEmpty()) {
            cell.setCellFormula(currencyColumn < 0 ? sum(column) : sumIfs(column, currencyColumn, currency));
        }
        // On a formula cell this sets the cached result, which readers that do not calculate show.
        cell.setCellValue(type == ColumnType.MONEY ? value / 100.0 : value);
        cell.setCellStyle(type == ColumnType.MONEY ? styles.money(currency, true) : styles.count(true));
    }

    private String sum(int column) {
        return ranges.stream().map(range -> area(range, column)).collect(Collectors.joining(",", "SUM(", ")"));
    }

    private String sumIfs(int column, int currencyColumn, String currency) {
        return ranges.stream()
                .map(range -> "SUMIFS(" + area(range, column) + "," + area(range, currencyColumn) + ",\""
                        + currency.replace("\"", "") + "\")")
                .collect(Collectors.joining("+"));
    }

    private static String area(Range range, int column) {
        String letters = CellReference.convertNumToColString(column);
        return "'" + range.sheetName().replace("'", "''") + "'!$" + letters + "$2:$" + letters + "$" + range.endRow();
    }

    private static int labelColumn(List<ReportColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).total()) {
                return i;
            }
        }
        return -1;
    }
}
