package org.coffer.server.income;

import java.time.LocalDate;
import java.util.Optional;
import org.coffer.server.config.Fund;
import org.coffer.server.store.Database;

/** Reads income from postings, aggregated in the database: reports never pull receipts into memory. */
public final class IncomeQueries {

    private final Database database;
    private final String councilCurrency;

    public IncomeQueries(Database database, String councilCurrency) {
        this.database = database;
        this.councilCurrency = councilCurrency;
    }

    /** Income posted with an effective date from {@code from} to {@code to}, both included. */
    public IncomeSummary summary(LocalDate from, LocalDate to) {
        var rows = database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT effective_date, fund_code, channel, currency,
                               count(*) AS receipts, CAST(sum(amount_pence) AS BIGINT) AS pence
                        FROM postings
                        WHERE effective_date BETWEEN :from AND :to
                        GROUP BY ALL
                        ORDER BY effective_date, fund_code, channel, currency""")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new IncomeRow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6)))
                .list());
        return new IncomeSummary(from, to, councilCurrency, rows);
    }

    /** The share of payments (credits in the council's currency) dated in the range that were allocated at import. */
    public AllocationRate allocationRate(LocalDate from, LocalDate to) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        WITH first_postings AS (
                            SELECT fund_code, amount_pence FROM postings
                            WHERE effective_date BETWEEN :from AND :to AND currency = :currency AND reverses IS NULL
                            QUALIFY row_number() OVER (PARTITION BY receipt_id ORDER BY id) = 1)
                        SELECT count(*), count(*) FILTER (WHERE fund_code <> :suspense),
                               CAST(coalesce(sum(amount_pence), 0) AS BIGINT),
                               CAST(coalesce(sum(amount_pence) FILTER (WHERE fund_code <> :suspense), 0) AS BIGINT)
                        FROM first_postings WHERE amount_pence > 0""")
                .bind("from", from).bind("to", to).bind("currency", councilCurrency).bind("suspense", Fund.SUSPENSE)
                .map((rs, ctx) -> new AllocationRate(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .one());
    }

    /** The first and last effective dates of any posting, so pages can default to the data there is. */
    public Optional<DateRange> postedRange() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT min(effective_date), max(effective_date) FROM postings")
                .map((rs, ctx) -> rs.getObject(1) == null ? null
                        : new DateRange(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .findOne());
    }
}
