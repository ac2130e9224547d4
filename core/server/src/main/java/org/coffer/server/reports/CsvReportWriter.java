package org.coffer.server.reports;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Writes a report's rows as CSV (RFC 4180: a header row, commas, CRLF, quotes where needed), preceded by a UTF-8
 * byte order mark so that Excel reads £ and accented names correctly. Money is in pounds ({@code 1234.50}), dates
 * ISO. Text that a spreadsheet would run as a formula is prefixed with {@code '}.
 */
public final class CsvReportWriter {

    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** Runs the report's query and writes it to {@code out} (which should encode UTF-8), flushed and left open. */
    public void write(ReportResult result, Writer out) throws IOException {
        List<ReportColumn> columns = result.report().columns();
        out.write(BOM);
        for (int i = 0; i < columns.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(text(columns.get(i).heading()));
        }
        out.write("\r\n");
        ColumnType[] types = columns.stream().map(ReportColumn::type).toArray(ColumnType[]::new);
        result.forEachRow(values -> {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (values[i] != null) {
                    out.write(cell(types[i], values[i]));
                }
            }
            out.write("\r\n");
        });
        out.flush();
    }

    private static String cell(ColumnType type, Object value) {
        return switch (type) {
            case TEXT, CURRENCY -> text((String) value);
            case DATE -> value.toString();
            case TIMESTAMP -> TIMESTAMP.format((TemporalAccessor) value);
            case MONEY -> BigDecimal.valueOf((Long) value, 2).toPlainString();
            case COUNT -> value.toString();
            case PERCENT, NUMBER -> ((BigDecimal) value).toPlainString();
        };
    }

    /** A text field: neutralised if a spreadsheet would run it, then quoted if it holds a comma, quote or break. */
    static String text(String value) {
        String safe = XlsxText.looksLikeFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
