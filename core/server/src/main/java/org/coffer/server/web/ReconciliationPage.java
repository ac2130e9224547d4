package org.coffer.server.web;

import java.util.List;
import org.coffer.server.reconciliation.DayBalance;
import org.coffer.server.reconciliation.Leftovers;
import org.coffer.server.reconciliation.MatchView;
import org.coffer.server.text.Amounts;

/** The reconciliation page: proposals, what is left over, the matches in force, and the daily reconciliation. */
public record ReconciliationPage(String asOf, String notice, boolean mayAct, List<Match> proposals, List<Line> lines,
        String linesTotal, List<Batch> batches, String batchesTotal, List<Match> differences, List<Match> matches,
        List<String> accounts, String account, List<Day> days) {

    /** A match as the page shows it. */
    public record Match(long id, String settler, String how, String bank, String detail, String fee, String difference,
            boolean differs, String madeBy, String reason, List<String> bankLines, List<String> batches) {
    }

    /** A settlement line with no detail. */
    public record Line(long id, String settler, String account, String valueDate, String amount, String reference,
            long ageDays) {
    }

    /** A detail batch with no settlement. */
    public record Batch(long id, String settler, String file, String lastDay, long payments, String expected,
            long ageDays) {
    }

    /** One bank day. */
    public record Day(String day, String opening, String payments, String settlements, String other, String cashBook,
            String closing, String difference, boolean balances, long unmatched, String unmatchedAmount) {
    }

    static ReconciliationPage of(Leftovers leftovers, List<MatchView> matches, List<DayBalance> days,
            List<String> accounts, String account, boolean mayAct, String notice) {
        return new ReconciliationPage(leftovers.asOf().toString(), notice, mayAct,
                leftovers.proposals().stream().map(ReconciliationPage::match).toList(),
                leftovers.settlementsWithoutDetail().stream().map(l -> new Line(l.receiptId(),
                        l.settler().isEmpty() ? "none" : l.settler(), l.bankAccount(), l.valueDate().toString(),
                        money(l.pence()), l.reference(), l.ageDays())).toList(),
                Amounts.count(leftovers.settlementsWithoutDetailCount(), "line", "lines") + ", "
                        + money(leftovers.settlementsWithoutDetailPence()),
                leftovers.detailWithoutSettlement().stream().map(b -> new Batch(b.statementId(), b.settler(),
                        b.fileName(), b.lastDay().toString(), b.payments(), money(b.expectedPence()), b.ageDays()))
                        .toList(),
                Amounts.count(leftovers.detailWithoutSettlementCount(), "batch", "batches") + ", "
                        + money(leftovers.detailWithoutSettlementPence()),
                leftovers.differences().stream().map(ReconciliationPage::match).toList(),
                matches.stream().filter(m -> !m.method().equals("PROPOSED")).map(ReconciliationPage::match).toList(),
                accounts, account, days.stream().map(ReconciliationPage::day).toList());
    }

    /** What the page says after an action, from the query it was sent back with. */
    static String notice(String done, String match) {
        if (done == null) {
            return "";
        }
        String which = match == null ? "" : " #" + match.replaceAll("[^0-9]", "");
        return switch (done) {
            case "run" -> "Matching ran over everything still open.";
            case "matched" -> "Matched by hand as match" + which + ".";
            case "confirmed" -> "Confirmed as match" + which + ".";
            case "undone" -> "Undone by entry" + which + "; the lines and batches are open again.";
            default -> "";
        };
    }

    private static Match match(MatchView m) {
        String how = m.method().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", "
                + m.shape().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return new Match(m.id(), m.settler(), how, money(m.bankPence()), money(m.detailPence()), money(m.feePence()),
                money(m.differencePence()), m.differencePence() != 0, m.madeBy(), m.reason(), m.bankLines(),
                m.batches());
    }

    private static Day day(DayBalance d) {
        return new Day(d.day().toString(), money(d.openingPence()), money(d.paymentsPence()),
                money(d.settlementsPence()), money(d.otherPence()), money(d.cashBookPence()), money(d.closingPence()),
                money(d.differencePence()), d.balances(), d.unmatchedSettlements(), money(d.unmatchedSettlementPence()));
    }

    private static String money(long pence) {
        return Amounts.format(pence, "GBP");
    }
}
