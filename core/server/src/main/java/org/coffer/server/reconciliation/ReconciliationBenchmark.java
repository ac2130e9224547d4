package org.coffer.server.reconciliation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.coffer.server.config.Settler;
import org.coffer.server.store.Database;
import org.coffer.server.text.Amounts;

/**
 * Times settlement matching over a large council's year: detail batches of four settlers and the bank lines that
 * pay them (card net of a fee rule, one line a day late), generated inside DuckDB so that the import is not measured
 * again. Matching runs once over everything open, as "match again now" does.
 */
public final class ReconciliationBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final int DAYS = 365;
    private static final List<Settler> SETTLERS = List.of(
            settler("ALLPAY", "ALLPAY .*", "allpay", "412067", 0),
            settler("GOVUKPAY", "GOVUK PAY .*", "govuk-pay", "GOV.UK Pay", 0),
            settler("CARD", "CARD .*", "barclaycard-merchant", "4471882", 50),
            settler("PAYPOINT", "PAYPOINT .*", "paypoint", "80231", 0));

    private ReconciliationBenchmark() {
    }

    /** Fills a fresh database in {@code dir} with {@code payments} in {@code batches} batches and times matching. */
    public static void run(Path dir, long payments, long batches, Clock clock, PrintWriter out) {
        try (Database database = Database.open(dir.resolve("reconciliation.duckdb"))) {
            long start = System.nanoTime();
            fill(database, payments, batches);
            double filled = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            MatchRun run = new ReconciliationService(database, SETTLERS, clock).runNow("bench");
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("reconciliation: %s payments in %s batches (generated in %.1f s) matched in %.2f s: %s exact, "
                    + "%s proposed%n", Amounts.count(payments), Amounts.count(batches), filled, seconds,
                    Amounts.count(run.exact()), Amounts.count(run.proposed()));
            out.flush();
        }
    }

    private static void fill(Database database, long payments, long batches) {
        long perDay = Math.max(1, batches / DAYS);
        database.jdbi().useHandle(handle -> {
            handle.execute("""
                    INSERT INTO imports
                    SELECT i, f, CAST(i AS VARCHAR), f, 'bench', TIMESTAMP '2026-01-01 00:00:00', 'STORED', 0, 0, 0, 0,
                           'GBP', NULL, NULL
                    FROM (VALUES (1, 'allpay'), (2, 'govuk-pay'), (3, 'barclaycard-merchant'), (4, 'paypoint'),
                                 (5, 'mt940')) t(i, f)""");
            handle.createUpdate("""
                    INSERT INTO statements
                    SELECT s, 1 + s % 4, 1, 'line 1', ['412067', 'GOV.UK Pay', '4471882', '80231'][1 + s % 4],
                           'x', CAST(s AS VARCHAR), 'GBP', d, d, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, true
                    FROM (SELECT s, first + CAST((s // per_day) % days AS INTEGER) AS d
                          FROM (SELECT s, CAST(:first AS DATE) AS first, :perDay AS per_day, :days AS days
                                FROM range(1, :batches + 1) t(s)))""")
                    .bind("first", FIRST_DAY).bind("perDay", perDay).bind("days", DAYS).bind("batches", batches)
                    .execute();
            handle.createUpdate("""
                    INSERT INTO receipts
                    SELECT i, 1 + s % 4, s, i, NULL, d, NULL, 100 + (i * 7919) % 20000, 'GBP', 'PAYMENT', 'ALLPAY',
                           'x', 'R' || i, '', '', '', '', ''
                    FROM (SELECT i, 1 + i % :batches AS s FROM range(:payments) t(i)) p
                    JOIN (SELECT id, to_date AS d FROM statements) st ON st.id = p.s""")
                    .bind("batches", batches).bind("payments", payments).execute();
            handle.execute("""
                    INSERT INTO statements VALUES (0, 5, 1, 'line 1', '30-99-42 40718826', 'MAIN', '1', 'GBP', NULL,
                        NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, true)""");
            handle.execute("""
                    INSERT INTO receipts
                    SELECT (SELECT max(id) FROM receipts) + row_number() OVER (ORDER BY s.id), 5, 0, NULL, NULL,
                           s.to_date + CASE isodow(s.to_date) WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END, NULL,
                           b.net - CASE WHEN s.import_id = 3 THEN (b.net * 50 + 5000) // 10000 ELSE 0 END,
                           'GBP', 'SETTLEMENT', 'BACS_CREDIT', 'MAIN',
                           ['ALLPAY ', 'GOVUK PAY ', 'CARD ', 'PAYPOINT '][s.import_id] || s.id, '', '', '', '', ''
                    FROM statements s
                    JOIN (SELECT statement_id, CAST(sum(amount_pence) AS BIGINT) AS net FROM receipts
                          GROUP BY statement_id) b ON b.statement_id = s.id
                    WHERE s.import_id < 5""");
        });
    }

    private static Settler settler(String id, String pattern, String format, String account, int basisPoints) {
        return new Settler(id, id, List.of(), "", pattern, "", "", format, account, basisPoints, 3, 100);
    }
}
