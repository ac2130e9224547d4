package org.coffer.server.web;

import java.time.LocalDate;
import java.util.List;
import org.coffer.server.income.IncomeRow;
import org.coffer.server.income.IncomeSummary;
import org.coffer.server.income.IncomeTotal;

/** The income summary as the API gives it: totals by fund, channel and day, other currencies apart, and rows. */
record SummaryView(LocalDate from, LocalDate to, String currency, IncomeTotal total, List<IncomeTotal> byFund,
        List<IncomeTotal> byChannel, List<IncomeTotal> byDay, List<IncomeTotal> otherCurrencies,
        List<IncomeRow> rows) {

    static SummaryView of(IncomeSummary summary) {
        return new SummaryView(summary.from(), summary.to(), summary.currency(), summary.total(), summary.byFund(),
                summary.byChannel(), summary.byDay(), summary.otherCurrencies(), summary.rows());
    }
}
