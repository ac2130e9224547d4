package org.coffer.server.suspense;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.ledger.OpenPeriods;
import org.jdbi.v3.core.Handle;

/**
 * Writes the postings of a person's action, each linked to the action so that an undo can reverse exactly them.
 * A person's posting takes effect today, whatever the receipt's own date: a closed period is never written into.
 */
final class ActionPostings {

    private final Clock clock;

    ActionPostings(Clock clock) {
        this.clock = clock;
    }

    /** The day a person's posting takes effect: today, the one place that chooses it. */
    LocalDate effectiveDate() {
        return LocalDate.now(clock);
    }

    /**
     * Starts writing the postings of one action. A closed period takes no new postings: a person correcting money
     * there posts in an open period instead, so this is refused when today's period is closed.
     */
    Batch begin(Handle handle, long actionId) {
        LocalDate date = effectiveDate();
        OpenPeriods.read(handle).requireOpen(date);
        long nextId = handle.createQuery("SELECT coalesce(max(id), 0) + 1 FROM postings").mapTo(Long.class).one();
        return new Batch(handle, actionId, date, FinancialPeriod.of(date),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), nextId);
    }

    /** The postings of one action, written under the write lock that the action holds, so ids follow on. */
    static final class Batch {

        private final Handle handle;
        private final long actionId;
        private final LocalDate date;
        private final FinancialPeriod period;
        private final LocalDateTime madeAt;
        private long nextId;

        private Batch(Handle handle, long actionId, LocalDate date, FinancialPeriod period, LocalDateTime madeAt,
                long nextId) {
            this.handle = handle;
            this.actionId = actionId;
            this.date = date;
            this.period = period;
            this.madeAt = madeAt;
            this.nextId = nextId;
        }

        /** The posting of one amount on a fund and account of the receipt; returns its id. */
        long post(Receipt receipt, String fund, String account, long pence, String reason, Long reverses) {
            long id = nextId++;
            handle.createUpdate("""
                            INSERT INTO postings (id, receipt_id, fund_code, account_reference, amount_pence,
                                currency, effective_date, financial_year, period, channel, bank_account, made_by,
                                made_at, reason, reverses)
                            VALUES (:id, :receipt, :fund, :account, :pence, :currency, :date, :year, :period,
                                :channel, :bankAccount, :madeBy, :madeAt, :reason, :reverses)""")
                    .bind("id", id).bind("receipt", receipt.id()).bind("fund", fund).bind("account", account)
                    .bind("pence", pence).bind("currency", receipt.currency()).bind("date", date)
                    .bind("year", period.year()).bind("period", period.period()).bind("channel", receipt.channel())
                    .bind("bankAccount", receipt.bankAccount()).bind("madeBy", receipt.actor())
                    .bind("madeAt", madeAt).bind("reason", reason).bind("reverses", reverses)
                    .execute();
            handle.createUpdate("INSERT INTO money_action_postings (action_id, posting_id) VALUES (:action, :posting)")
                    .bind("action", actionId).bind("posting", id).execute();
            return id;
        }
    }

    /** Reverses each of an action's postings under another action: the same receipt, fund and account, negated. */
    void reverse(Handle handle, long undoId, long actionId, String actor) {
        record Original(long id, long receiptId, String fund, String account, long pence, String currency,
                String channel, String bankAccount) {
        }
        List<Original> originals = handle.createQuery("""
                        SELECT p.id, p.receipt_id, p.fund_code, p.account_reference, p.amount_pence, p.currency,
                               p.channel, p.bank_account
                        FROM money_action_postings l JOIN postings p ON p.id = l.posting_id
                        WHERE l.action_id = :action ORDER BY p.id""")
                .bind("action", actionId)
                .map((rs, ctx) -> new Original(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        Batch batch = begin(handle, undoId);
        for (Original original : originals) {
            Receipt receipt = new Receipt(original.receiptId(), original.currency(), original.channel(),
                    original.bankAccount(), actor);
            batch.post(receipt, original.fund(), original.account(), -original.pence(), "undoes action " + actionId,
                    original.id());
        }
    }

    /** Now, as the audit log and the actions table store it. */
    Instant now() {
        return clock.instant();
    }

    /** What a posting repeats of its receipt, and who makes it. */
    record Receipt(long id, String currency, String channel, String bankAccount, String actor) {

        static Receipt of(Handle handle, long receiptId, String actor) {
            return handle.createQuery("SELECT id, currency, channel, bank_account FROM receipts WHERE id = :id")
                    .bind("id", receiptId)
                    .map((rs, ctx) -> new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            actor))
                    .findOne().orElseThrow(() -> new CofferException(
                            SuspenseErrorCode.SUSPENSE_NOT_FOUND, "there is no receipt " + receiptId));
        }
    }
}
