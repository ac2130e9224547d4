package org.coffer.server.reconciliation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coffer.server.store.Database;

/**
 * Daily bank reconciliation per account: each statement day's opening balance, plus Coffer's own cash book for the
 * day (postings of its payments, its settlements, its fees and other lines), against the statement's closing
 * balance, with the lines that need a person listed. Read-only; for pages and reports.
 */
public final class DailyReconciliation {

    private static final String DAY_LINES = """
            WITH posted AS (
                SELECT receipt_id, CAST(sum(amount_pence) AS BIGINT) AS pence FROM postings GROUP BY receipt_id),
            days AS (
                SELECT s.id AS statement_id, s.bank_account, coalesce(s.to_date, s.from_date) AS day, s.opening_pence,
                       s.closing_pence
                FROM statements s JOIN imports i ON i.id = s.import_id
                WHERE i.status = 'STORED' AND s.opening_pence IS NOT NULL AND s.closing_pence IS NOT NULL),
            lines AS (
                SELECT d.*, r.id AS receipt_id, r.kind, coalesce(r.amount_pence, 0) AS amount_pence, r.reference,
                       coalesce(p.pence, 0) AS posted,
                       r.id IN (SELECT receipt_id FROM live_settlement_lines
                                WHERE role = 'BANK' AND method <> 'PROPOSED') AS matched
                FROM days d LEFT JOIN receipts r ON r.statement_id = d.statement_id
                LEFT JOIN posted p ON p.receipt_id = r.id""";

    private final Database database;

    public DailyReconciliation(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** The account's statement days from {@code from} to {@code to}, in order. */
    public List<DayBalance> days(String bankAccount, LocalDate from, LocalDate to) {
        return database.jdbi().withHandle(handle -> handle.createQuery(DAY_LINES + """
                )
                SELECT statement_id, bank_account, day, any_value(opening_pence) AS opening,
                       CAST(sum(CASE WHEN kind IN ('PAYMENT', 'REVERSAL') THEN posted ELSE 0 END) AS BIGINT)
                           AS payments,
                       CAST(sum(CASE WHEN kind = 'SETTLEMENT' THEN amount_pence ELSE 0 END) AS BIGINT) AS settlements,
                       CAST(sum(CASE WHEN kind IN ('FEE', 'OTHER') THEN amount_pence ELSE 0 END) AS BIGINT) AS other,
                       any_value(closing_pence) AS closing,
                       count(*) FILTER (WHERE kind = 'SETTLEMENT' AND NOT matched) AS unmatched,
                       CAST(coalesce(sum(amount_pence) FILTER (WHERE kind = 'SETTLEMENT' AND NOT matched), 0)
                            AS BIGINT) AS unmatched_pence
                FROM lines
                WHERE bank_account = :account AND day BETWEEN :from AND :to
                GROUP BY statement_id, bank_account, day
                ORDER BY day, statement_id""")
                .bind("account", bankAccount).bind("from", from).bind("to", to)
                .map((rs, ctx) -> {
                    long opening = rs.getLong("opening");
                    long payments = rs.getLong("payments");
                    long settlements = rs.getLong("settlements");
                    long other = rs.getLong("other");
                    long closing = rs.getLong("closing");
                    return new DayBalance(rs.getString("bank_account"), rs.getObject("day", LocalDate.class),
                            rs.getLong("statement_id"), opening, payments, settlements, other, closing,
                            closing - (opening + payments + settlements + other), rs.getLong("unmatched"),
                            rs.getLong("unmatched_pence"));
                }).list());
    }

    /** The account's last statement day, if it has any. */
    public Optional<LocalDate> lastDay(String bankAccount) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT max(coalesce(s.to_date, s.from_date)) FROM statements s JOIN imports i ON i.id = s.import_id
                WHERE i.status = 'STORED' AND s.bank_account = :account AND s.closing_pence IS NOT NULL""")
                .bind("account", bankAccount).mapTo(LocalDate.class).findOne());
    }

    /** The lines of a statement day that need a person: unmatched settlements, payments posted short or over. */
    public List<DayDifference> differences(long statementId) {
        return database.jdbi().withHandle(handle -> handle.createQuery(DAY_LINES + """
                )
                SELECT receipt_id, kind, amount_pence, posted, reference,
                       CASE WHEN kind = 'SETTLEMENT' THEN 'a settlement not matched to its detail'
                            ELSE 'posted ' || posted || 'p of ' || amount_pence || 'p' END AS what
                FROM lines
                WHERE statement_id = :statement
                  AND ((kind = 'SETTLEMENT' AND NOT matched)
                       OR (kind IN ('PAYMENT', 'REVERSAL') AND posted <> amount_pence))
                ORDER BY receipt_id""")
                .bind("statement", statementId)
                .map((rs, ctx) -> new DayDifference(rs.getLong("receipt_id"), rs.getString("kind"),
                        rs.getLong("amount_pence"), rs.getLong("posted"), rs.getString("reference"),
                        rs.getString("what"))).list());
    }
}
