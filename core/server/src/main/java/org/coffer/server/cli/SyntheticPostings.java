package org.coffer.server.cli;

import java.time.LocalDate;
import org.coffer.server.store.Database;

/**
 * Fills a benchmark database with postings spread over funds, channels and days, generated inside DuckDB: loading
 * ten million through files would measure the import again, not the summary.
 */
final class SyntheticPostings {

    private SyntheticPostings() {
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
