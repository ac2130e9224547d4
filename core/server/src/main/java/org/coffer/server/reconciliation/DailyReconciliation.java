package org.coffer.server.reconciliation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coffer.server.store.Database;

/**
 * Daily bank reconciliation per account: each statement day's opening balance, plus Coffer's own cash book for the
 * day (postings of its payments, its settlements, its fees and other lines), against the statement's closing
 * balance, with the lines that need a person listed. Read-only; for pages. The figures are the views
 * {@code reconciliation_days} and {@code reconciliation_lines}, which reports read too.
 */
public final class DailyReconciliation {

    private final Database database;

    public DailyReconciliation(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** The account's statement days from {@code from} to {@code to}, in order. */
    public List<DayBalance> days(String bankAccount, LocalDate from, LocalDate to) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT * FROM reconciliation_days
                WHERE bank_account = :account AND day BETWEEN :from AND :to
                ORDER BY day, statement_id""")
                .bind("account", bankAccount).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new DayBalance(rs.getString("bank_account"), rs.getObject("day", LocalDate.class),
                        rs.getLong("statement_id"), rs.getLong("opening_pence"), rs.getLong("payments_pence"),
                        rs.getLong("settlements_pence"), rs.getLong("other_pence"), rs.getLong("closing_pence"),
                        rs.getLong("difference_pence"), rs.getLong("unmatched_settlements"),
                        rs.getLong("unmatched_settlement_pence"))).list());
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
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT receipt_id, kind, amount_pence, posted, reference,
                       CASE WHEN kind = 'SETTLEMENT' THEN 'a settlement not matched to its detail'
                            ELSE 'posted ' || posted || 'p of ' || amount_pence || 'p' END AS what
                FROM reconciliation_lines
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
