package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A headline figure of a pack's summary, worked out from its section's rows.
 *
 * @param label what it is
 * @param type the type of the column it comes from
 * @param value pence or a count ({@code Long}), a fraction or number ({@code BigDecimal}), or {@code null} when no
 *     row gives one
 */
public record PackFigure(String label, ColumnType type, Object value) {

    public PackFigure {
        requireNonNull(label, "label is null");
        requireNonNull(type, "type is null");
    }

    /** The figure from the rows of a section's report, as the pack definition describes it. */
    static PackFigure of(Report report, Pack.Figure figure, List<Object[]> rows) {
        int column = report.columnIndex(figure.column());
        ColumnType type = report.columns().get(column).type();
        int currency = report.currencyColumn().orElse(-1);
        int[] matchColumns = figure.matches().stream().mapToInt(m -> report.columnIndex(m.column())).toArray();
        List<Object[]> matching = rows.stream()
                .filter(row -> currency < 0 || ColumnTotals.GBP.equals(row[currency]))
                .filter(row -> matchesAll(figure.matches(), matchColumns, row))
                .filter(row -> row[column] != null)
                .toList();
        Object value;
        if (type.summable()) {
            value = matching.stream().mapToLong(row -> (Long) row[column]).sum();
        } else {
            value = matching.isEmpty() ? null : matching.get(0)[column];
        }
        return new PackFigure(figure.label(), type, value);
    }

    /** The figure as people read it: {@code £1,234.56}, {@code 1,234}, {@code 12.5%}, {@code 2.5}, or {@code -}. */
    public String text() {
        return value == null ? "-" : PdfRows.text(type, value, ColumnTotals.GBP);
    }

    private static boolean matchesAll(List<Pack.Match> matches, int[] columns, Object[] row) {
        for (int i = 0; i < columns.length; i++) {
            if (!matches.get(i).equals().equals(String.valueOf(row[columns[i]]))) {
                return false;
            }
        }
        return true;
    }
}
