package org.coffer.server.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import org.coffer.server.text.Amounts;

/**
 * A report's rows as JasperReports reads them. Fields {@code c0}, {@code c1}... are the cells as people read them
 * ({@code £1,234.56}, {@code 5 Apr 2026}, {@code 12.5%}); {@code total} marks a totals row; and a field named after a
 * column gives its typed value (money in pounds as {@code BigDecimal}), for a council's own template.
 */
final class PdfRows implements JRDataSource {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** One row: the values in column order, and whether it is a total. */
    record Row(Object[] values, boolean total) {
    }

    private final List<ReportColumn> columns;
    private final int currencyColumn;
    private final List<Row> rows;
    private int index = -1;

    PdfRows(Report report, List<Row> rows) {
        this.columns = report.columns();
        this.currencyColumn = report.currencyColumn().orElse(-1);
        this.rows = rows;
    }

    @Override
    public boolean next() {
        index++;
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Row row = rows.get(index);
        String name = field.getName();
        if (name.equals("total")) {
            return row.total();
        }
        if (name.matches("c[0-9]+")) {
            int column = Integer.parseInt(name.substring(1));
            return column < columns.size() ? cell(row.values(), column) : null;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                Object value = row.values()[i];
                return columns.get(i).type() == ColumnType.MONEY && value instanceof Long pence
                        ? BigDecimal.valueOf(pence, 2) : value;
            }
        }
        throw new JRException("the template asks for a field " + name + ", which the report does not have; its "
                + "columns are " + String.join(", ", columns.stream().map(ReportColumn::name).toList()));
    }

    /** Each column's longest cell text over every row ({@code ""} for a column with none). */
    List<String> widestCells() {
        String[] widest = new String[columns.size()];
        Arrays.fill(widest, "");
        for (Row row : rows) {
            for (int i = 0; i < widest.length; i++) {
                String text = cell(row.values(), i);
                if (text != null && text.length() > widest[i].length()) {
                    widest[i] = text;
                }
            }
        }
        return List.of(widest);
    }

    private String cell(Object[] values, int column) {
        Object value = values[column];
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        return text(columns.get(column).type(), value, currency(values));
    }

    /** A figure of the type as people read it: {@code £1,234.56}, {@code 1,234}, {@code 12.5%}, {@code 2.5}, a day. */
    static String text(ColumnType type, Object value, String currency) {
        return switch (type) {
            case TEXT, CURRENCY -> value.toString();
            case DATE -> DAY.format((LocalDate) value);
            case TIMESTAMP -> TIME.format((LocalDateTime) value);
            case MONEY -> Amounts.format((Long) value, currency);
            case COUNT -> Amounts.count((Long) value);
            case PERCENT -> ((BigDecimal) value).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
                    + "%";
            case NUMBER -> Amounts.decimal((BigDecimal) value);
        };
    }

    private String currency(Object[] values) {
        return currencyColumn >= 0 && values[currencyColumn] != null ? (String) values[currencyColumn]
                : ColumnTotals.GBP;
    }
}
