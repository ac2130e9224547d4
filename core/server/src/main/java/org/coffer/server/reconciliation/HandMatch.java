package org.coffer.server.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coffer.server.CofferException;
import org.coffer.server.config.Settler;
import org.coffer.server.text.Amounts;
import org.jdbi.v3.core.Handle;

/**
 * A match a person asks for: open settlement lines of one settler and open batches of its detail, checked before
 * anything is stored. The amounts need not agree; the difference is recorded with the match.
 */
record HandMatch(Settler settler, List<Long> receiptIds, List<Long> statementIds, long bankPence, long detailPence,
        long feePence) {

    private record Line(long id, String kind, long pence, String reference, boolean open) {
    }

    private record Batch(long id, String format, String account, long net, long ruleFeeBase, boolean feeLines,
            boolean open) {
    }

    static HandMatch of(Handle handle, List<Settler> settlers, List<Long> receiptIds, List<Long> statementIds) {
        if (receiptIds.isEmpty() || statementIds.isEmpty()) {
            throw bad("choose at least one settlement line and at least one detail batch to match");
        }
        List<Line> lines = handle.createQuery("""
                SELECT r.id, r.kind, r.amount_pence, r.reference,
                       r.id NOT IN (SELECT receipt_id FROM live_settlement_lines WHERE role = 'BANK') AS open
                FROM receipts r WHERE r.id IN (<ids>) ORDER BY r.id""")
                .bindList("ids", receiptIds)
                .map((rs, ctx) -> new Line(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getBoolean(5))).list();
        List<Batch> batches = handle.createQuery("""
                SELECT s.id, i.format_id, s.account, CAST(sum(r.amount_pence) AS BIGINT),
                       CAST(sum(CASE WHEN r.kind <> 'FEE' AND r.amount_pence > 0 THEN r.amount_pence ELSE 0 END)
                            AS BIGINT),
                       bool_or(r.kind = 'FEE'),
                       s.id NOT IN (SELECT statement_id FROM live_settlement_lines WHERE role = 'DETAIL')
                FROM statements s JOIN imports i ON i.id = s.import_id JOIN receipts r ON r.statement_id = s.id
                WHERE s.id IN (<ids>) GROUP BY s.id, i.format_id, s.account ORDER BY s.id""")
                .bindList("ids", statementIds)
                .map((rs, ctx) -> new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getBoolean(6), rs.getBoolean(7))).list();
        missing("settlement line", receiptIds, lines.stream().map(Line::id).toList());
        missing("detail batch", statementIds, batches.stream().map(Batch::id).toList());
        Settler settler = settlerOf(settlers, lines);
        long fee = 0;
        for (Batch batch : batches) {
            if (!batch.format().equals(settler.detailFormat()) || !batch.account().equals(settler.detailAccount())) {
                throw bad("batch " + batch.id() + " (" + batch.format() + ", " + batch.account() + ") is not "
                        + settler.name() + "'s detail");
            }
            if (!batch.open()) {
                throw conflict("batch " + batch.id() + " is already matched; undo that match first");
            }
            fee += batch.feeLines() ? 0 : (batch.ruleFeeBase() * settler.feeBasisPoints() + 5_000) / 10_000;
        }
        return new HandMatch(settler, lines.stream().map(Line::id).toList(), batches.stream().map(Batch::id).toList(),
                lines.stream().mapToLong(Line::pence).sum(), batches.stream().mapToLong(Batch::net).sum(), fee);
    }

    String shape() {
        if (receiptIds.size() == 1 && statementIds.size() == 1) {
            return "ONE_TO_ONE";
        }
        if (statementIds.size() == 1) {
            return "SPLIT";
        }
        return receiptIds.size() == 1 ? "MANY_TO_ONE" : "MANY_TO_MANY";
    }

    long differencePence() {
        return bankPence - (detailPence - feePence);
    }

    String describe() {
        return settler.id() + " lines " + receiptIds + " with batches " + statementIds + ", difference "
                + Amounts.format(differencePence(), "GBP");
    }

    /** The one settler whose settlements the lines all are; open lines only. */
    private static Settler settlerOf(List<Settler> settlers, List<Line> lines) {
        Optional<Settler> settler = Optional.empty();
        for (Line line : lines) {
            if (!line.kind().equals("SETTLEMENT")) {
                throw bad("line " + line.id() + " is a " + line.kind().toLowerCase(Locale.ROOT)
                        + ", not a settlement: only settlement lines are matched to detail");
            }
            if (!line.open()) {
                throw conflict("line " + line.id() + " is already matched; undo that match first");
            }
            Settler its = settlers.stream().filter(Settler::hasDetail)
                    .filter(s -> Pattern.compile(s.bankPattern(), Pattern.CASE_INSENSITIVE).matcher(line.reference())
                            .matches())
                    .findFirst().orElseThrow(() -> bad("line " + line.id() + " ('" + line.reference()
                            + "') is no settler's settlement with detail, by settlers.csv"));
            if (settler.isPresent() && !settler.get().id().equals(its.id())) {
                throw bad("the lines are of two settlers, " + settler.get().id() + " and " + its.id()
                        + ": match each settler's lines to its own detail");
            }
            settler = Optional.of(its);
        }
        return settler.orElseThrow();
    }

    private static void missing(String what, List<Long> asked, List<Long> found) {
        List<Long> absent = new ArrayList<>(asked);
        absent.removeAll(found);
        if (!absent.isEmpty()) {
            throw new CofferException(ReconciliationErrorCode.RECONCILIATION_NOT_FOUND, "there is no " + what + " "
                    + absent.get(0));
        }
    }

    private static CofferException bad(String message) {
        return new CofferException(ReconciliationErrorCode.RECONCILIATION_BAD_MATCH, message);
    }

    private static CofferException conflict(String message) {
        return new CofferException(ReconciliationErrorCode.RECONCILIATION_CONFLICT, message);
    }
}
