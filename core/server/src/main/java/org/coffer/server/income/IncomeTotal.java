package org.coffer.server.income;

/** A total of income under one heading (a fund, a channel, a day) in one currency. */
public record IncomeTotal(String key, String currency, long receipts, long pence) {

    IncomeTotal plus(IncomeRow row) {
        return new IncomeTotal(key, currency, receipts + row.receipts(), Math.addExact(pence, row.pence()));
    }
}
