package org.coffer.server.income;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Income posted between two dates, by day, fund and channel. Totals are in the council's currency only: lines in
 * other currencies are summed apart in {@link #otherCurrencies()} and never added to them.
 */
public record IncomeSummary(LocalDate from, LocalDate to, String currency, List<IncomeRow> rows) {

    public IncomeSummary {
        rows = List.copyOf(rows);
    }

    /** The same summary over only the given funds; an empty set means every fund. */
    public IncomeSummary onlyFunds(Set<String> funds) {
        if (funds.isEmpty()) {
            return this;
        }
        return new IncomeSummary(from, to, currency, rows.stream().filter(row -> funds.contains(row.fund())).toList());
    }

    public IncomeTotal total() {
        return new IncomeTotal("all", currency, councilRows().mapToLong(IncomeRow::receipts).sum(),
                councilRows().mapToLong(IncomeRow::pence).sum());
    }

    public List<IncomeTotal> byFund() {
        return totals(IncomeRow::fund);
    }

    public List<IncomeTotal> byChannel() {
        return totals(IncomeRow::channel);
    }

    public List<IncomeTotal> byDay() {
        return totals(row -> row.date().toString());
    }

    /** Income in currencies other than the council's, one total per currency. */
    public List<IncomeTotal> otherCurrencies() {
        return sum(rows.stream().filter(row -> !row.currency().equals(currency)), IncomeRow::currency);
    }

    private List<IncomeTotal> totals(Function<IncomeRow, String> heading) {
        return sum(councilRows(), heading);
    }

    private static List<IncomeTotal> sum(Stream<IncomeRow> rows, Function<IncomeRow, String> heading) {
        Map<String, IncomeTotal> totals = new TreeMap<>();
        rows.forEach(row -> totals.compute(heading.apply(row),
                (key, total) -> (total == null ? new IncomeTotal(key, row.currency(), 0, 0) : total).plus(row)));
        return List.copyOf(totals.values());
    }

    private Stream<IncomeRow> councilRows() {
        return rows.stream().filter(row -> row.currency().equals(currency));
    }
}
