package org.coffer.server.suspense;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.store.Database;

/** Writes receipts straight into a test database as an import would leave them: each posted to one fund. */
final class TestingSuspense {

    static final Instant IMPORTED_AT = Instant.parse("2026-05-01T08:00:00Z");

    private final Database database;
    private long nextId = 1;

    TestingSuspense(Database database) {
        this.database = database;
    }

    /** A payment of {@code pence} dated {@code day} that the import posted to {@code fund}; returns the receipt. */
    long receipt(LocalDate day, long pence, String fund, String reference, String narrative) {
        long id = nextId++;
        FinancialPeriod period = FinancialPeriod.of(day);
        database.jdbi().useTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO receipts (id, import_id, statement_id, source_line, value_date, amount_pence, currency,
                        kind, channel, bank_account, reference, narrative, counterparty, bank_reference,
                        transaction_code, search_key)
                    VALUES (:id, 1, 1, :id, :day, :pence, 'GBP', 'PAYMENT', 'FASTER_PAYMENT', 'MAIN', :reference,
                        :narrative, 'A PAYER', '', '', '')""")
                    .bindMap(Map.of("id", id, "day", day, "pence", pence, "reference", reference,
                            "narrative", narrative))
                    .execute();
            h.createUpdate("""
                    INSERT INTO postings VALUES ((SELECT coalesce(max(id), 0) + 1 FROM postings), :id, :fund, '', :pence, 'GBP', :day, :year, :period,
                        'FASTER_PAYMENT', 'MAIN', 'cli:import', :at, 'at import', NULL)""")
                    .bind("id", id).bind("fund", fund).bind("pence", pence).bind("day", day)
                    .bind("year", period.year()).bind("period", period.period())
                    .bind("at", LocalDateTime.ofInstant(IMPORTED_AT, ZoneOffset.UTC))
                    .execute();
        });
        return id;
    }

    /** A payment left in suspense at import. */
    long inSuspense(LocalDate day, long pence) {
        return receipt(day, pence, "SUSP", "UNKNOWN " + nextId, "NO REMITTANCE");
    }

    long sum(String where) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT CAST(coalesce(sum(amount_pence), 0) AS BIGINT) "
                + "FROM postings WHERE " + where).mapTo(Long.class).one());
    }

    long count(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }
}
