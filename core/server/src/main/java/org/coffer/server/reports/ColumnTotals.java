package org.coffer.server.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a report's money and count columns, per currency, summed in pence as the rows stream past. They are
 * the cached values of the workbook's SUM formulas, so that a reader that does not calculate still sees them.
 */
final class ColumnTotals {

    static final String GBP = "GBP";

    private final List<ReportColumn> columns;
    private final int currencyColumn;
    private final Map<String, long[]> byCurrency = new TreeMap<>();

    ColumnTotals(Report report) {
        this.columns = report.columns();
        this.currencyColumn = report.currencyColumn().orElse(-1);
        byCurrency.put(GBP, new long[columns.size()]);
    }

    /** Adds a row's figures. A row with a currency column but no currency (a file of mixed ones) is in no total. */
    void add(Object[] row) {
        String currency = currencyColumn < 0 ? GBP : (String) row[currencyColumn];
        if (currency == null) {
            return;
        }
        long[] sums = byCurrency.computeIfAbsent(currency, key -> new long[columns.size()]);
        for (int i = 0; i < sums.length; i++) {
            if (columns.get(i).total() && row[i] != null) {
                sums[i] = Math.addExact(sums[i], (Long) row[i]);
            }
        }
    }

    /** GBP first, then any other currency met, alphabetically; GBP is there even when no row had it. */
    List<String> currencies() {
        List<String> currencies = new ArrayList<>();
        currencies.add(GBP);
        byCurrency.keySet().stream().filter(c -> !c.equals(GBP)).forEach(currencies::add);
        return currencies;
    }

    long total(String currency, int column) {
        return byCurrency.get(currency)[column];
    }
}
