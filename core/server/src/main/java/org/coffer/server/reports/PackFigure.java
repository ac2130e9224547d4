package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.coffer.server.text.Amounts;

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
        int column = index(report, figure.column());
        ColumnType type = report.columns().get(column).type();
        int currency = report.currencyColumn().orElse(-1);
        List<Object[]> matching = rows.stream()
                .filter(row -> currency < 0 || ColumnTotals.GBP.equals(row[currency]))
                .filter(row -> figure.matches().stream().allMatch(m -> m.equals().equals(
                        String.valueOf(row[index(report, m.column())]))))
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
        if (value == null) {
            return "-";
        }
        return switch (type) {
            case MONEY -> Amounts.format((Long) value, ColumnTotals.GBP);
            case COUNT -> Amounts.count((Long) value);
            case PERCENT -> ((BigDecimal) value).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
                    + "%";
            case NUMBER -> Amounts.decimal((BigDecimal) value);
            default -> value.toString();
        };
    }

    private static int index(Report report, String name) {
        for (int i = 0; i < report.columns().size(); i++) {
            if (report.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("the pack catalogue checked that report " + report.id() + " has " + name);
    }
}
