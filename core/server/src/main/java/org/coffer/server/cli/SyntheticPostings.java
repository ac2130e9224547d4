package org.coffer.server.cli;

import java.time.LocalDate;
import org.coffer.server.store.Database;

/**
 * Fills a benchmark database with receipts and their postings, spread over funds, channels and days, generated
 * inside DuckDB: loading ten million through files would measure the import again, not the queries.
 */
final class SyntheticPostings {

    private SyntheticPostings() {
    }

    /** One import holding {@code count} receipts, the receipt {@code i} with reference {@code REF<i>}. */
    static void insertReceipts(Database database, long count, LocalDate firstDay, int days) {
        database.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO imports VALUES (1, 'bench.sta', 'bench', 'mt940', 'bench', "
                    + "TIMESTAMP '2026-01-01 00:00:00', 'STORED', 1, ?, 0, 0, 'GBP', NULL, NULL)", count);
            handle.createUpdate("""
                            INSERT INTO receipts
                            SELECT i, 1, 1, i + 1, NULL, CAST(:first AS DATE) + CAST(i % :days AS INTEGER), NULL,
                                   1000 + (i * 7919) % 50000, 'GBP', 'PAYMENT', 'FASTER_PAYMENT', 'MAIN', 'REF' || i,
                                   'FPI PAYER ' || (i % 50000) || ' REF' || i, 'PAYER ' || (i % 50000), '', 'NTRF',
                                   'REF' || i || '|FPIPAYER' || (i % 50000) || 'REF' || i
                            FROM range(:count) t(i)""")
                    .bind("first", firstDay).bind("days", days).bind("count", count)
                    .execute();
        });
    }

    static void insert(Database database, long count, LocalDate firstDay, int days) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO postings
                        SELECT i, i, ['CTAX','NNDR','HRENT','PARK','SUND','SUSP'][1 + i % 6], 'REF' || i,
                               1000 + (i * 7919) % 50000, 'GBP', CAST(:first AS DATE) + CAST(i % :days AS INTEGER),
                               2024, 1, ['FASTER_PAYMENT','BACS_CREDIT','STANDING_ORDER','DIRECT_DEBIT','CHEQUE',
                               'CARD_ONLINE','ALLPAY','PAYPOINT','POST_OFFICE','GOVUK_PAY'][1 + i % 10],
                               'MAIN', 'bench', TIMESTAMP '2026-01-01 00:00:00', 'benchmark', NULL
                        FROM range(:count) t(i)""")
                .bind("first", firstDay).bind("days", days).bind("count", count)
                .execute());
    }
}
