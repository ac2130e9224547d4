package org.coffer.server.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.coffer.plugin.api.Money;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL for the import history and the statements of each import. */
final class ImportDao {

    private static final String COLUMNS = "id, file_name, sha256, format_id, imported_by, imported_at, status, "
            + "statement_count, receipt_count, credit_pence, debit_pence, currency, accepted_reason, refusal";

    private ImportDao() {
    }

    static Optional<ImportRecord> findStored(Handle handle, String sha256) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM imports WHERE sha256 = :sha AND status = 'STORED'")
                .bind("sha", sha256).map((rs, ctx) -> record(rs)).findOne();
    }

    static Optional<ImportRecord> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM imports WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> record(rs)).findOne();
    }

    static List<ImportRecord> history(Handle handle, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM imports ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> record(rs)).list();
    }

    /** The next free id of a table; imports are serialised, so no two imports take the same ids. */
    static long nextId(Handle handle, String table) {
        return handle.createQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table).mapTo(Long.class).one();
    }

    static void insert(Handle handle, ImportRecord record) {
        handle.createUpdate("INSERT INTO imports (" + COLUMNS + ") VALUES (:id, :fileName, :sha256, :formatId, "
                        + ":importedBy, :importedAt, :status, :statementCount, :receiptCount, :creditPence, "
                        + ":debitPence, :currency, :acceptedReason, :refusal)")
                .bindMethods(record)
                .execute();
    }

    /** Inserts the statements of an import in one batch. */
    static void insertAdvices(Handle handle, long importId, List<Advice> advices) {
        if (advices.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO advices (import_id, position, location, kind, reference, payer_name, effective_date,
                    code, description)
                VALUES (:importId, :position, :location, :kind, :reference, :payerName, :effectiveDate, :code,
                    :description)""");
        int position = 0;
        for (Advice advice : advices) {
            batch.bind("importId", importId).bind("position", ++position)
                    .bind("location", advice.location().toString()).bind("kind", advice.kind())
                    .bind("reference", advice.reference()).bind("payerName", advice.payerName())
                    .bind("effectiveDate", advice.effectiveDate()).bind("code", advice.code())
                    .bind("description", advice.description())
                    .add();
        }
        batch.execute();
    }

    static void insertStatements(Handle handle, long importId, List<StatementTally> tallies,
            List<ControlFigures> figures) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO statements (id, import_id, position, location, account, bank_account, sequence,
                    currency, from_date, to_date, opening_pence, closing_pence, declared_credit_pence,
                    declared_debit_pence, declared_count, receipt_count, credit_pence, debit_pence, reconciles)
                VALUES (:id, :importId, :position, :location, :account, :bankAccount, :sequence, :currency,
                    :from, :to, :opening, :closing, :declaredCredits, :declaredDebits, :declaredCount,
                    :receipts, :credits, :debits, :reconciles)""");
        for (int i = 0; i < tallies.size(); i++) {
            StatementTally tally = tallies.get(i);
            ControlFigures stated = figures.get(i);
            var start = tally.start;
            batch.bind("id", tally.id).bind("importId", importId).bind("position", tally.position)
                    .bind("location", start.location().toString()).bind("account", start.account())
                    .bind("bankAccount", tally.bankAccount).bind("sequence", start.sequence())
                    .bind("currency", start.currency()).bind("from", start.from()).bind("to", start.to())
                    .bind("opening", stated.openingBalance().map(Money::pence).orElse(null))
                    .bind("closing", stated.closingBalance().map(Money::pence).orElse(null))
                    .bind("declaredCredits", stated.creditTotal().map(Money::pence).orElse(null))
                    .bind("declaredDebits", stated.debitTotal().map(Money::pence).orElse(null))
                    .bind("declaredCount", stated.lineCount().isPresent() ? stated.lineCount().getAsLong() : null)
                    .bind("receipts", tally.receipts).bind("credits", tally.creditPence)
                    .bind("debits", tally.debitPence).bind("reconciles", tally.reconciles)
                    .add();
        }
        if (!tallies.isEmpty()) {
            batch.execute();
        }
    }

    private static ImportRecord record(ResultSet rs) throws SQLException {
        return new ImportRecord(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("format_id"), rs.getString("imported_by"), Timestamps.instant(rs, "imported_at"),
                rs.getString("status"), rs.getInt("statement_count"), rs.getLong("receipt_count"),
                rs.getLong("credit_pence"), rs.getLong("debit_pence"), rs.getString("currency"),
                rs.getString("accepted_reason"), rs.getString("refusal"));
    }
}
