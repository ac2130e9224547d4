package org.coffer.server.income;

import java.time.LocalDate;

/** Income posted on one day to one fund through one channel, in one currency. */
public record IncomeRow(LocalDate date, String fund, String channel, String currency, long receipts, long pence) {
}
