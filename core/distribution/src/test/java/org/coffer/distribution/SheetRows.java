package org.coffer.distribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.server.reports.ReportResult;
import org.coffer.server.reports.XlsxReportWriter;

/**
 * A report's data sheet as a finance officer opens it: written to .xlsx, read back with POI, and its cells looked up
 * by row and column heading. Money comes back in pence from the pounds in the cells.
 */
final class SheetRows {

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Row> totals = new ArrayList<>();

    private SheetRows(Sheet sheet) {
        sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        int r = 1;
        for (; sheet.getRow(r) != null; r++) {
            rows.add(sheet.getRow(r));
        }
        for (r++; sheet.getRow(r) != null; r++) {
            totals.add(sheet.getRow(r));
        }
    }

    static SheetRows of(ReportResult result) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XlsxReportWriter().write(result, bytes);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                return new SheetRows(workbook.getSheetAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return rows.size();
    }

    String text(int row, String heading) {
        return cell(rows.get(row), heading).getStringCellValue();
    }

    LocalDate date(int row, String heading) {
        return cell(rows.get(row), heading).getLocalDateTimeCellValue().toLocalDate();
    }

    long pence(int row, String heading) {
        return Math.round(number(cell(rows.get(row), heading)) * 100);
    }

    long count(int row, String heading) {
        return Math.round(number(cell(rows.get(row), heading)));
    }

    boolean isEmpty(int row, String heading) {
        Cell cell = rows.get(row).getCell(column(heading));
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    /** The GBP total under a money column, as its formula's cached value. */
    long totalPence(String heading) {
        Row total = totals.stream().filter(row -> row.getCell(0).getStringCellValue().equals("Total GBP"))
                .findFirst().orElseThrow(() -> new AssertionError("no Total GBP row"));
        return Math.round(number(cell(total, heading)) * 100);
    }

    private Cell cell(Row row, String heading) {
        Cell cell = row.getCell(column(heading));
        if (cell == null) {
            throw new AssertionError("row " + row.getRowNum() + " has no " + heading);
        }
        return cell;
    }

    private static double number(Cell cell) {
        if (cell.getCellType() != CellType.NUMERIC && cell.getCellType() != CellType.FORMULA) {
            throw new AssertionError("cell " + cell.getAddress() + " is " + cell.getCellType() + ", not a number");
        }
        return cell.getNumericCellValue();
    }

    private int column(String heading) {
        Integer column = columns.get(heading);
        if (column == null) {
            throw new AssertionError("no column '" + heading + "' in " + columns.keySet());
        }
        return column;
    }
}
