package org.coffer.server.reconciliation;

import java.time.LocalDate;
import java.util.Optional;
import org.coffer.server.config.Settler;
import org.coffer.server.income.DateRange;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The working tables of one matching run, temporary and private to its connection: the calendar of working days,
 * one settler's open bank lines and open detail batches (each numbered in date order, so that runs of consecutive
 * ones can be summed), and the matches found, one row per side.
 */
final class MatcherTables {

    /** Settlement lines nobody has matched, and that no person has taken out of automatic matching. */
    private static final String OPEN_RECEIPT = """
            r.id NOT IN (SELECT receipt_id FROM live_settlement_lines WHERE role = 'BANK')
            AND r.id NOT IN (SELECT receipt_id FROM undone_settlement_lines WHERE receipt_id IS NOT NULL)""";

    private MatcherTables() {
    }

    /**
     * Numbers the days from {@code from} to {@code to}: a day's ordinal is the count of working days up to it, so a
     * weekend day shares the Friday's and the difference of two ordinals is the working days between them.
     */
    static void calendar(Handle handle, LocalDate from, LocalDate to) {
        handle.execute("CREATE OR REPLACE TEMP TABLE recon_holidays (day DATE)");
        PreparedBatch holidays = handle.prepareBatch("INSERT INTO recon_holidays VALUES (:day)");
        WorkingDays.bankHolidays(from, to).forEach(day -> holidays.bind("day", day).add());
        if (holidays.size() > 0) {
            holidays.execute();
        }
        handle.createUpdate("""
                CREATE OR REPLACE TEMP TABLE recon_days AS
                SELECT day, CAST(sum(CASE WHEN working THEN 1 ELSE 0 END) OVER (ORDER BY day) AS BIGINT) AS ordinal
                FROM (SELECT CAST(t.d AS DATE) AS day,
                             isodow(t.d) < 6 AND CAST(t.d AS DATE) NOT IN (SELECT day FROM recon_holidays) AS working
                      FROM generate_series(CAST(:from AS TIMESTAMP), CAST(:to AS TIMESTAMP), INTERVAL 1 DAY) t(d))""")
                .bind("from", from).bind("to", to).execute();
        handle.execute("CREATE OR REPLACE TEMP MACRO recon_pounds(p) AS '£' || CAST(p // 100 AS VARCHAR) || '.' "
                + "|| lpad(CAST(p % 100 AS VARCHAR), 2, '0')");
        handle.execute("CREATE OR REPLACE TEMP TABLE recon_batches (id BIGINT, day DATE, net BIGINT, rule_fee BIGINT, "
                + "expected BIGINT, ordinal BIGINT, rn BIGINT)");
        handle.execute("""
                CREATE OR REPLACE TEMP TABLE recon_found (grp BIGINT, shape VARCHAR, method VARCHAR, reason VARCHAR,
                    role VARCHAR, receipt_id BIGINT, statement_id BIGINT)""");
    }

    /** The first and last value dates of all receipts, which the calendar must cover; empty with no receipts. */
    static Optional<DateRange> receiptDays(Handle handle) {
        return handle.createQuery("SELECT min(value_date) AS first, max(value_date) AS last FROM receipts")
                .map((rs, ctx) -> rs.getObject("first") == null ? null
                        : new DateRange(rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)))
                .findOne();
    }

    /** The settler's open settlement lines: credits, and debits that pay back a batch worth less than nothing. */
    static void openBankLines(Handle handle, Settler settler) {
        handle.createUpdate("""
                CREATE OR REPLACE TEMP TABLE recon_bank AS
                SELECT r.id, r.value_date, r.amount_pence, d.ordinal, 0 AS rn
                FROM receipts r JOIN recon_days d ON d.day = r.value_date
                WHERE r.kind = 'SETTLEMENT' AND r.amount_pence <> 0
                  AND regexp_full_match(r.reference, :pattern, 'i')
                  AND NOT (:reversal <> '' AND regexp_full_match(r.reference, :reversal, 'i'))
                  AND (:account = '' OR r.bank_account = :account)
                  AND\s""" + OPEN_RECEIPT)
                .bind("pattern", settler.bankPattern()).bind("reversal", settler.reversalPattern())
                .bind("account", settler.bankAccount()).execute();
        renumber(handle, "recon_bank", "value_date");
    }

    /**
     * The settler's open detail batches: each statement of its format and account, its net as the file gives it
     * (payments less refunds and any fee lines), the fee its rule takes when the file carries none, and so what the
     * settlement should be.
     */
    static void openBatches(Handle handle, Settler settler) {
        handle.createUpdate("""
                CREATE OR REPLACE TEMP TABLE recon_batches AS
                WITH batch AS (
                    SELECT s.id, max(r.value_date) AS day, CAST(sum(r.amount_pence) AS BIGINT) AS net,
                           CAST(sum(CASE WHEN r.kind = 'FEE' THEN 1 ELSE 0 END) AS BIGINT) AS fee_lines,
                           CAST(sum(CASE WHEN r.kind <> 'FEE' AND r.amount_pence > 0 THEN r.amount_pence ELSE 0 END)
                                AS BIGINT) AS sales
                    FROM statements s
                    JOIN imports i ON i.id = s.import_id
                    JOIN receipts r ON r.statement_id = s.id
                    WHERE i.status = 'STORED' AND i.format_id = :format AND s.account = :account
                      AND s.id NOT IN (SELECT statement_id FROM live_settlement_lines WHERE role = 'DETAIL')
                      AND s.id NOT IN (SELECT statement_id FROM undone_settlement_lines WHERE statement_id IS NOT NULL)
                    GROUP BY s.id),
                charged AS (
                    SELECT *, CASE WHEN fee_lines = 0 THEN (sales * :basisPoints + 5000) // 10000 ELSE 0 END AS rule_fee
                    FROM batch)
                SELECT c.id, c.day, c.net, c.rule_fee, c.net - c.rule_fee AS expected, d.ordinal, 0 AS rn
                FROM charged c JOIN recon_days d ON d.day = c.day""")
                .bind("format", settler.detailFormat()).bind("account", settler.detailAccount())
                .bind("basisPoints", settler.feeBasisPoints()).execute();
        renumber(handle, "recon_batches", "day");
    }

    /** Whether the settler has both open lines and open batches, without which no step can find anything. */
    static boolean bothSidesOpen(Handle handle) {
        return handle.createQuery("SELECT (SELECT count(*) FROM recon_bank) > 0 "
                + "AND (SELECT count(*) FROM recon_batches) > 0").mapTo(Boolean.class).one();
    }

    /** Drops from the open tables what the last step found, and numbers what is left again. */
    static void removeFound(Handle handle) {
        handle.execute("DELETE FROM recon_bank WHERE id IN (SELECT receipt_id FROM recon_found WHERE role = 'BANK')");
        handle.execute("DELETE FROM recon_batches WHERE id IN (SELECT statement_id FROM recon_found "
                + "WHERE role = 'DETAIL')");
        handle.execute("DELETE FROM recon_found");
        renumber(handle, "recon_bank", "value_date");
        renumber(handle, "recon_batches", "day");
    }

    /** Numbers a table's rows 1, 2, ... by date and id: the order in which "consecutive" is meant. */
    private static void renumber(Handle handle, String table, String dateColumn) {
        handle.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS SELECT * EXCLUDE (rn), row_number() OVER "
                + "(ORDER BY " + dateColumn + ", id) AS rn FROM " + table);
    }
}
