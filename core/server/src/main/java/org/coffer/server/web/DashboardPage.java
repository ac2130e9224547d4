package org.coffer.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.coffer.server.config.Channels;
import org.coffer.server.income.AllocationRate;
import org.coffer.server.income.IncomeSummary;
import org.coffer.server.income.IncomeTotal;
import org.coffer.server.reconciliation.Leftovers;
import org.coffer.server.suspense.SuspenseFigures;
import org.coffer.server.text.Amounts;

/** The dashboard: income in a date range, by channel, fund and day. */
public record DashboardPage(String from, String to, String total, String receipts, List<Row> byChannel,
        List<Row> byFund, List<Row> byDay, List<Row> otherCurrencies, String allocatedPayments,
        String allocatedValue, String suspense, String unreconciled) {

    /** Days shown in the daily table; a longer range shows its latest days. */
    static final int DAYS_SHOWN = 31;

    /** One line of a table: a heading, a count, an amount and its share of the total. */
    public record Row(String heading, String receipts, String amount, String share) {
    }

    /**
     * @param rate the share allocated at import, shown only to those who see every fund (suspense spans them all)
     * @param suspense what waits in suspense, for the same people
     * @param leftovers what reconciliation leaves unmatched, for the same people
     */
    static DashboardPage of(IncomeSummary summary, Optional<AllocationRate> rate,
            Optional<List<SuspenseFigures.BandFigure>> suspense, Optional<Leftovers> leftovers, Channels channels) {
        IncomeTotal total = summary.total();
        List<IncomeTotal> days = summary.byDay();
        List<IncomeTotal> latestDays = new ArrayList<>(
                days.subList(Math.max(0, days.size() - DAYS_SHOWN), days.size()));
        Collections.reverse(latestDays);
        return new DashboardPage(summary.from().toString(), summary.to().toString(),
                Amounts.format(total.pence(), total.currency()), Amounts.count(total.receipts()),
                rows(summary.byChannel(), total, channels::name), rows(summary.byFund(), total, key -> key),
                rows(latestDays, total, key -> key), rows(summary.otherCurrencies(), null, key -> key),
                rate.map(AllocationRate::ofPayments).orElse(""), rate.map(AllocationRate::ofValue).orElse(""),
                suspense.map(bands -> suspense(bands, summary.currency())).orElse(""),
                leftovers.map(left -> unreconciled(left, summary.currency())).orElse(""));
    }

    /**
     * {@code 2 settlements (£3,400.00) arrived with no itemisation, the oldest 9 days ago; 1 batch of payments
     * (£120.00) not yet paid to the council, the oldest 4 days old}, or empty when all is matched. Lists are oldest
     * first.
     */
    private static String unreconciled(Leftovers left, String currency) {
        List<String> parts = new ArrayList<>();
        if (left.settlementsWithoutDetailCount() > 0) {
            parts.add(Amounts.count(left.settlementsWithoutDetailCount(), "settlement", "settlements") + " ("
                    + Amounts.format(left.settlementsWithoutDetailPence(), currency) + ") arrived with no itemisation,"
                    + " the oldest " + Amounts.count(left.settlementsWithoutDetail().get(0).ageDays(), "day", "days")
                    + " ago");
        }
        if (left.detailWithoutSettlementCount() > 0) {
            parts.add(Amounts.count(left.detailWithoutSettlementCount(), "batch", "batches") + " of payments ("
                    + Amounts.format(left.detailWithoutSettlementPence(), currency) + ") not yet paid to the council,"
                    + " the oldest " + Amounts.count(left.detailWithoutSettlement().get(0).ageDays(), "day", "days")
                    + " old");
        }
        return String.join("; ", parts);
    }

    /** {@code 12 payments (£1,234.00) wait in suspense, 3 of them over 30 days}. */
    private static String suspense(List<SuspenseFigures.BandFigure> bands, String currency) {
        long items = bands.stream().mapToLong(SuspenseFigures.BandFigure::items).sum();
        long pence = bands.stream().mapToLong(SuspenseFigures.BandFigure::pence).sum();
        long old = bands.stream().filter(band -> band.band().fromDays() > 30)
                .mapToLong(SuspenseFigures.BandFigure::items).sum();
        return Amounts.count(items, "payment", "payments") + " (" + Amounts.format(pence, currency)
                + ") wait in suspense, " + Amounts.count(old) + " of them over 30 days";
    }

    private static List<Row> rows(List<IncomeTotal> totals, IncomeTotal whole, UnaryOperator<String> label) {
        return totals.stream().map(t -> new Row(label.apply(t.key()), Amounts.count(t.receipts()),
                Amounts.format(t.pence(), t.currency()), share(t, whole))).toList();
    }

    private static String share(IncomeTotal part, IncomeTotal whole) {
        if (whole == null || whole.pence() == 0) {
            return "";
        }
        return BigDecimal.valueOf(part.pence()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole.pence()), 1, RoundingMode.HALF_UP) + "%";
    }
}
