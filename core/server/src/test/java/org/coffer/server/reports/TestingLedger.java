package org.coffer.server.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Writes imports, statements, receipts and postings straight into a test database, and remembers what it wrote so
 * that tests can work out the figures a report should show without asking the database.
 */
final class TestingLedger {

    /** A statement line as stored, with the fund its posting went to ({@code null} when it was not posted). */
    record Line(long id, String bankAccount, LocalDate day, String channel, String currency, long pence, String fund,
            String narrative) {
    }

    private final Database database;
    private final List<Line> lines = new ArrayList<>();
    private long nextImport = 1;
    private long nextStatement = 1;
    private long nextLine = 1;

    TestingLedger(Database database) {
        this.database = database;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** A stored import of one statement holding the given lines; its declared figures agree with them. */
    void storedImport(String fileName, Instant at, String bankAccount, String currency, List<Line> statementLines) {
        long importId = nextImport++;
        long statementId = nextStatement++;
        long credits = statementLines.stream().filter(l -> l.pence() > 0).mapToLong(Line::pence).sum();
        long debits = -statementLines.stream().filter(l -> l.pence() < 0).mapToLong(Line::pence).sum();
        database.jdbi().useTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO imports VALUES (:id, :file, 'sha-' || :id, 'mt940', 'cli:test', :at, 'STORED', 1,
                        :count, :credits, :debits, :currency, NULL, NULL)""")
                    .bind("id", importId).bind("file", fileName).bind("at", at).bind("count", statementLines.size())
                    .bind("credits", credits).bind("debits", debits).bind("currency", currency).execute();
            h.createUpdate("""
                    INSERT INTO statements VALUES (:id, :importId, 1, 'line 1', 'GB00TEST', :account,
                        CAST(:id AS VARCHAR), :currency, NULL, NULL, 0, 0, :credits, :debits, :count, :count,
                        :credits, :debits, true)""")
                    .bind("id", statementId).bind("importId", importId).bind("account", bankAccount)
                    .bind("currency", currency).bind("credits", credits).bind("debits", debits)
                    .bind("count", statementLines.size()).execute();
            for (Line line : statementLines) {
                store(h, importId, statementId, line);
            }
        });
    }

    /** A refused import: only its history row is kept. */
    void refusedImport(String fileName, Instant at, String refusal) {
        long importId = nextImport++;
        database.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO imports VALUES (:id, :file, 'sha-' || :id, NULL, 'cli:test', :at, 'REFUSED', 0, 0, 0, 0,
                    NULL, NULL, :refusal)""")
                .bind("id", importId).bind("file", fileName).bind("at", at).bind("refusal", refusal).execute());
    }

    /** A line for {@link #storedImport}; a credit with a fund is posted to it. */
    Line line(String bankAccount, LocalDate day, String channel, String currency, long pence, String fund,
            String narrative) {
        return new Line(nextLine++, bankAccount, day, channel, currency, pence, fund, narrative);
    }

    /** A posting with its own import and statement, for reports that read postings only. */
    void posting(LocalDate day, String fund, String channel, String currency, long pence, String narrative) {
        storedImport("posting-" + nextLine + ".sta", Instant.parse("2026-01-01T00:00:00Z"), "MAIN", currency,
                List.of(line("MAIN", day, channel, currency, pence, fund, narrative)));
    }

    private void store(Handle h, long importId, long statementId, Line line) {
        lines.add(line);
        h.createUpdate("""
                INSERT INTO receipts VALUES (:id, :importId, :statementId, :id, NULL, :day, :day, :pence, :currency,
                    'PAYMENT', :channel, :account, 'REF' || :id, :narrative, '', '', '', 'REF' || :id)""")
                .bind("id", line.id()).bind("importId", importId).bind("statementId", statementId)
                .bind("day", line.day()).bind("pence", line.pence()).bind("currency", line.currency())
                .bind("channel", line.channel()).bind("account", line.bankAccount())
                .bind("narrative", line.narrative()).execute();
        if (line.fund() != null) {
            FinancialPeriod period = FinancialPeriod.of(line.day());
            h.createUpdate("""
                    INSERT INTO postings VALUES (:id, :id, :fund, 'REF' || :id, :pence, :currency, :day, :year,
                        :period, :channel, :account, 'test', TIMESTAMP '2026-01-01 00:00:00', 'test', NULL)""")
                    .bind("id", line.id()).bind("fund", line.fund()).bind("pence", line.pence())
                    .bind("currency", line.currency()).bind("day", line.day()).bind("year", period.year())
                    .bind("period", period.period()).bind("channel", line.channel())
                    .bind("account", line.bankAccount()).execute();
        }
    }
}
