package org.coffer.server.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One chart's figures, gathered from a report's rows as they stream past: its categories and series in the order
 * the rows bring them, and for each pair the sum of the rows' figures. Only the sums are kept, so charting a long
 * report costs no more memory than its chart.
 */
final class ChartFigures {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final String NONE = "(none)";

    private final ReportChart chart;
    private final Report report;
    private final int category;
    private final int series;
    private final int[] values;
    private final int[] conditions;
    private final Set<String> seriesNames = new LinkedHashSet<>();
    private final Map<Object, Map<String, BigDecimal>> sums = new LinkedHashMap<>();

    ChartFigures(Report report, ReportChart chart) {
        this.report = report;
        this.chart = chart;
        this.category = report.columnIndex(chart.category());
        this.series = chart.seriesColumn().map(report::columnIndex).orElse(-1);
        this.values = chart.values().stream().mapToInt(report::columnIndex).toArray();
        this.conditions = chart.rows().stream().mapToInt(c -> report.columnIndex(c.column())).toArray();
        if (series < 0) {
            for (int value : values) {
                seriesNames.add(report.columns().get(value).heading());
            }
        }
    }

    /** Every chart of the report, each ready to take its rows. */
    static List<ChartFigures> of(Report report) {
        return report.charts().stream().map(chart -> new ChartFigures(report, chart)).toList();
    }

    /** Takes one row of the report, if the chart's conditions choose it. */
    void add(Object[] row) {
        for (int i = 0; i < conditions.length; i++) {
            if (!chart.rows().get(i).holds(row[conditions[i]])) {
                return;
            }
        }
        Object key = row[category] == null ? NONE : row[category];
        Map<String, BigDecimal> figures = sums.computeIfAbsent(key, k -> new HashMap<>());
        for (int i = 0; i < values.length; i++) {
            String name = series >= 0 ? (row[series] == null ? NONE : label(row[series]))
                    : report.columns().get(values[i]).heading();
            seriesNames.add(name);
            Object value = row[values[i]];
            BigDecimal figure = value == null ? BigDecimal.ZERO
                    : value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf((Long) value);
            figures.merge(name, figure, BigDecimal::add);
        }
    }

    ReportChart chart() {
        return chart;
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    /** The categories as the report typed them (text or dates), in order. */
    List<Object> categories() {
        return new ArrayList<>(sums.keySet());
    }

    List<String> series() {
        return List.copyOf(seriesNames);
    }

    /** A category as people read it: months as {@code Apr 2026} when every date is the first of its month. */
    String label(Object category) {
        if (category instanceof LocalDate date) {
            return monthly() ? MONTH.format(date) : PdfRows.DAY.format(date);
        }
        return category.toString();
    }

    /** Whether the categories are months: dates, each the first of its month. */
    boolean monthly() {
        return sums.keySet().stream().allMatch(key -> key instanceof LocalDate day && day.getDayOfMonth() == 1);
    }

    /** A figure in the units people read: money in pounds (or the currency's units), a percent as a fraction. */
    BigDecimal figure(Object category, String series) {
        BigDecimal sum = sums.get(category).getOrDefault(series, BigDecimal.ZERO);
        return valueType() == ColumnType.MONEY ? sum.movePointLeft(2) : sum;
    }

    ColumnType valueType() {
        return report.columns().get(values[0]).type();
    }

    /** The currency of money figures. */
    String currency() {
        return chart.currency(report.currencyColumn().map(i -> report.columns().get(i).name()));
    }

    String categoryTitle() {
        return report.columns().get(category).heading();
    }

    /** The value axis's title: the column's heading when there is one value column, and the unit. */
    String valueTitle() {
        String unit = switch (valueType()) {
            case MONEY -> currency().equals(ColumnTotals.GBP) ? "£" : currency();
            case PERCENT -> "%";
            default -> "";
        };
        if (values.length > 1) {
            return switch (valueType()) {
                case MONEY -> "Amount (" + unit + ")";
                case PERCENT -> "Share (%)";
                default -> "Number";
            };
        }
        String heading = report.columns().get(values[0]).heading();
        return unit.isEmpty() ? heading : heading + " (" + unit + ")";
    }
}
