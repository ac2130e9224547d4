package org.coffer.server.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals are in the council's currency; money in other currencies is shown apart, never added in. */
class IncomeSummaryTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 4, 1);
    private static final LocalDate SECOND = LocalDate.of(2025, 4, 2);

    private final IncomeSummary summary = new IncomeSummary(FIRST, SECOND, "GBP", List.of(
            new IncomeRow(FIRST, "CTAX", "FASTER_PAYMENT", "GBP", 3, 12_000),
            new IncomeRow(FIRST, "CTAX", "FASTER_PAYMENT", "EUR", 1, 5_000),
            new IncomeRow(FIRST, "NNDR", "BACS_CREDIT", "GBP", 1, 250_000),
            new IncomeRow(SECOND, "CTAX", "DIRECT_DEBIT", "GBP", 2, 3_050),
            new IncomeRow(SECOND, "SUSP", "FASTER_PAYMENT", "USD", 1, 700),
            new IncomeRow(SECOND, "SUSP", "FASTER_PAYMENT", "EUR", 2, 150)));

    @Test
    void theTotalCountsOnlyTheCouncilsCurrency() {
        assertThat(summary.total()).isEqualTo(new IncomeTotal("all", "GBP", 6, 265_050));
    }

    @Test
    void fundTotalsLeaveOtherCurrenciesOut() {
        assertThat(summary.byFund()).containsExactly(
                new IncomeTotal("CTAX", "GBP", 5, 15_050),
                new IncomeTotal("NNDR", "GBP", 1, 250_000));
    }

    @Test
    void channelTotalsLeaveOtherCurrenciesOut() {
        assertThat(summary.byChannel()).containsExactly(
                new IncomeTotal("BACS_CREDIT", "GBP", 1, 250_000),
                new IncomeTotal("DIRECT_DEBIT", "GBP", 2, 3_050),
                new IncomeTotal("FASTER_PAYMENT", "GBP", 3, 12_000));
    }

    @Test
    void dayTotalsLeaveOtherCurrenciesOut() {
        assertThat(summary.byDay()).containsExactly(
                new IncomeTotal("2025-04-01", "GBP", 4, 262_000),
                new IncomeTotal("2025-04-02", "GBP", 2, 3_050));
    }

    @Test
    void otherCurrenciesAreTotalledApartOnePerCurrency() {
        assertThat(summary.otherCurrencies()).containsExactly(
                new IncomeTotal("EUR", "EUR", 3, 5_150),
                new IncomeTotal("USD", "USD", 1, 700));
    }

    @Test
    void aSummaryOfNothingIsZero() {
        IncomeSummary empty = new IncomeSummary(FIRST, SECOND, "GBP", List.of());

        assertThat(empty.total()).isEqualTo(new IncomeTotal("all", "GBP", 0, 0));
        assertThat(empty.byFund()).isEmpty();
        assertThat(empty.otherCurrencies()).isEmpty();
    }
}
