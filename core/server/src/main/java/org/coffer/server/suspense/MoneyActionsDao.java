package org.coffer.server.suspense;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** The {@code money_actions} table: written once per action, read to show history and to check an undo. */
final class MoneyActionsDao {

    private static final String SELECT = """
            SELECT a.id, a.kind, coalesce(a.receipt_id, 0) AS receipt_id, a.made_by, a.made_at, a.clears,
                   coalesce(a.undoes, 0) AS undoes, a.reason, coalesce(u.id, 0) AS undone_by
            FROM money_actions a LEFT JOIN money_actions u ON u.undoes = a.id
            """;

    private MoneyActionsDao() {
    }

    static long insert(Handle handle, ActionKind kind, Long receiptId, String actor, Instant at, LocalDate on,
            boolean clears, Long undoes, String reason) {
        long id = handle.createQuery("SELECT coalesce(max(id), 0) + 1 FROM money_actions").mapTo(Long.class).one();
        handle.createUpdate("""
                        INSERT INTO money_actions (id, kind, receipt_id, made_by, made_at, made_on, clears, undoes,
                            reason)
                        VALUES (:id, :kind, :receipt, :actor, :at, :on, :clears, :undoes, :reason)""")
                .bind("id", id).bind("kind", kind.name()).bind("receipt", receiptId).bind("actor", actor)
                .bind("at", at).bind("on", on).bind("clears", clears).bind("undoes", undoes).bind("reason", reason)
                .execute();
        return id;
    }

    static Optional<MoneyAction> find(Handle handle, long id) {
        return handle.createQuery(SELECT + "WHERE a.id = :id").bind("id", id)
                .map((rs, ctx) -> action(rs)).findOne();
    }

    /** Every action on a receipt: those made on it as a suspense item and those whose postings touch it. */
    static List<MoneyAction> onReceipt(Handle handle, long receiptId) {
        return handle.createQuery(SELECT + """
                        WHERE a.receipt_id = :receipt
                           OR a.id IN (SELECT l.action_id FROM money_action_postings l
                                       JOIN postings p ON p.id = l.posting_id WHERE p.receipt_id = :receipt)
                        ORDER BY a.id""")
                .bind("receipt", receiptId)
                .map((rs, ctx) -> action(rs)).list();
    }

    /** The receipts an action's postings touch, and its own item. */
    static List<Long> receiptsOf(Handle handle, long actionId) {
        return handle.createQuery("""
                        SELECT receipt_id FROM money_actions WHERE id = :action AND receipt_id IS NOT NULL
                        UNION
                        SELECT p.receipt_id FROM money_action_postings l JOIN postings p ON p.id = l.posting_id
                        WHERE l.action_id = :action""")
                .bind("action", actionId).mapTo(Long.class).list();
    }

    private static MoneyAction action(ResultSet rs) throws SQLException {
        return new MoneyAction(rs.getLong("id"), ActionKind.valueOf(rs.getString("kind")), rs.getLong("receipt_id"),
                rs.getString("made_by"), Timestamps.instant(rs, "made_at"), rs.getBoolean("clears"),
                rs.getLong("undoes"), rs.getString("reason"), rs.getLong("undone_by"));
    }
}
