package org.coffer.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coffer.server.reports.ColumnType;
import org.coffer.server.reports.ParameterValue;
import org.coffer.server.reports.Report;
import org.coffer.server.reports.ReportColumn;
import org.coffer.server.reports.ReportResult;
import org.coffer.server.text.Amounts;

/** A report run with its parameters: the form to change them, the first rows, and the links to download it all. */
public record ReportPage(String id, String title, String description, List<Field> fields, List<String> headings,
        List<Boolean> numeric, List<List<String>> rows, boolean more, String query, String produced) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** One parameter of the form, with the value this run used and how the report reads it. */
    public record Field(String name, String label, String value, String meaning) {
    }

    static ReportPage of(ReportResult result, List<Object[]> firstRows, int shown, String query) {
        Report report = result.report();
        List<ReportColumn> columns = report.columns();
        int currency = report.currencyColumn().orElse(-1);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] row : firstRows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String rowCurrency = currency >= 0 && row[currency] != null ? row[currency].toString() : "GBP";
                cells.add(cell(columns.get(i).type(), row[i], rowCurrency));
            }
            rows.add(cells);
        }
        return new ReportPage(report.id(), report.title(), report.description(),
                result.parameters().stream().map(ReportPage::field).toList(),
                columns.stream().map(ReportColumn::heading).toList(),
                columns.stream().map(c -> c.type() == ColumnType.MONEY || c.type() == ColumnType.COUNT
                        || c.type() == ColumnType.PERCENT || c.type() == ColumnType.NUMBER).toList(),
                rows, firstRows.size() >= shown, query == null ? "" : "?" + query,
                WHEN.format(result.producedAt()));
    }

    private static Field field(ParameterValue value) {
        return new Field(value.parameter().name(), value.parameter().label(), value.text(), value.description());
    }

    private static String cell(ColumnType type, Object value, String currency) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case MONEY -> Amounts.format((Long) value, currency);
            case COUNT -> Amounts.count((Long) value);
            case PERCENT -> ((BigDecimal) value).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                    + "%";
            case NUMBER -> Amounts.decimal((BigDecimal) value);
            case TIMESTAMP -> WHEN.format((LocalDateTime) value);
            default -> value.toString();
        };
    }
}
