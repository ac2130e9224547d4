package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A chart of some of a report's figures, drawn from its rows: one category per distinct value of the category
 * column, in the order the rows bring them, and one series per distinct value of the series column, or one per
 * value column when there are several. Figures of rows that share a category and series are added together.
 *
 * @param type how it is drawn
 * @param title what it shows, above it
 * @param category the column whose values run along the chart (text, currency or date)
 * @param series the column whose values are the series (text, currency or date), or empty for none
 * @param values the columns of figures (money, count or percent); several make one series each
 * @param rows the conditions a row meets to be charted, all of them
 */
public record ReportChart(ChartType type, String title, String category, String series,
        List<String> values, List<Condition> rows) {

    public ReportChart {
        requireNonNull(type, "type is null");
        requireNonNull(title, "title is null");
        requireNonNull(category, "category is null");
        requireNonNull(series, "series is null");
        values = List.copyOf(values);
        rows = List.copyOf(rows);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one value column");
        }
        if (!series.isEmpty() && values.size() > 1) {
            throw new IllegalArgumentException("a chart takes either a series column or several value columns, "
                    + "not both");
        }
        if (type == ChartType.PIE && (!series.isEmpty() || values.size() > 1)) {
            throw new IllegalArgumentException("a pie chart has one series: give it one value column and no series");
        }
    }

    /** The series column, when the chart has one. */
    Optional<String> seriesColumn() {
        return series.isEmpty() ? Optional.empty() : Optional.of(series);
    }

    /** Checks the chart against its report's columns. */
    void check(List<ReportColumn> columns, Optional<Integer> currencyColumn) {
        for (String name : seriesColumn().map(s -> List.of(category, s)).orElse(List.of(category))) {
            ColumnType type = column(columns, name).type();
            if (type != ColumnType.TEXT && type != ColumnType.CURRENCY && type != ColumnType.DATE) {
                throw new IllegalArgumentException("the chart's category and series must be text, currency or date "
                        + "columns; " + name + " is " + type.spelling());
            }
        }
        for (String name : values) {
            ColumnType type = column(columns, name).type();
            if (type != ColumnType.MONEY && type != ColumnType.COUNT && type != ColumnType.PERCENT) {
                throw new IllegalArgumentException("a chart's values must be money, count or percent columns; "
                        + name + " is " + type.spelling());
            }
            if (type != column(columns, values.get(0)).type()) {
                throw new IllegalArgumentException("a chart's values share one axis, so they must be of one type; "
                        + values.get(0) + " and " + name + " are not");
            }
        }
        for (Condition condition : rows) {
            ColumnType type = column(columns, condition.column()).type();
            if (type != ColumnType.TEXT && type != ColumnType.CURRENCY) {
                throw new IllegalArgumentException("a chart's rows are chosen by text or currency columns; "
                        + condition.column() + " is " + type.spelling());
            }
        }
        // Figures in different currencies are never drawn on one axis, as they are never added together.
        currencyColumn.map(i -> columns.get(i).name()).ifPresent(currency -> {
            if (rows.stream().noneMatch(c -> c.equal() && c.column().equals(currency))) {
                throw new IllegalArgumentException("the report has a currency column, so the chart must choose one "
                        + "currency, such as rows=\"" + currency + "=GBP\"");
            }
        });
    }

    /** The currency the chart's figures are in: the one its rows are chosen by, GBP otherwise. */
    String currency(Optional<String> currencyColumn) {
        return currencyColumn.flatMap(name -> rows.stream().filter(c -> c.equal() && c.column().equals(name))
                .findFirst()).map(Condition::value).orElse(ColumnTotals.GBP);
    }

    private static ReportColumn column(List<ReportColumn> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the chart names a column " + name + ", which the "
                        + "report does not have; its columns are "
                        + String.join(", ", columns.stream().map(ReportColumn::name).toList())));
    }

    /**
     * A row is charted when its text in a column is (or is not) a value.
     *
     * @param column the column's name
     * @param value the text compared, exactly
     * @param equal whether the row's text must be the value ({@code =}) or must not be ({@code !=})
     */
    public record Condition(String column, String value, boolean equal) {

        public Condition {
            requireNonNull(column, "column is null");
            requireNonNull(value, "value is null");
        }

        /** Reads {@code column=value} or {@code column!=value}. */
        static Condition parse(String text) {
            int at = text.indexOf('=');
            if (at <= 0 || at == text.length() - 1) {
                throw new IllegalArgumentException("rows are conditions such as currency=GBP or channel!=All "
                        + "channels, separated by ;, and '" + text + "' is not one");
            }
            boolean equal = text.charAt(at - 1) != '!';
            String column = text.substring(0, equal ? at : at - 1).strip();
            return new Condition(column, text.substring(at + 1).strip(), equal);
        }

        boolean holds(Object cell) {
            return value.equals(cell) == equal;
        }
    }
}
