package org.coffer.server.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** The SQL of export runs: choosing postings, recording runs and the codes they posted to, and reading them. */
final class ExportDao {

    /** Postings a live run has exported to the target: a run is live while no run reverses it. */
    private static final String LIVE_EXPORTS = """
            SELECT e.posting_id, e.run_number FROM export_postings e
            JOIN export_runs r ON r.number = e.run_number
            WHERE e.target = :target AND NOT EXISTS (SELECT 1 FROM export_runs v WHERE v.reverses = r.number)""";

    private static final String RUNS = """
            SELECT r.*, v.number AS reversed_by FROM export_runs r
            LEFT JOIN export_runs v ON v.reverses = r.number""";

    private ExportDao() {
    }

    static long nextRunNumber(Handle handle) {
        return handle.createQuery("SELECT coalesce(max(number), 0) + 1 FROM export_runs").mapTo(Long.class).one();
    }

    /**
     * Takes for the run every posting in the currency, effective in the dates, that no live run has exported to the
     * target; returns how many it took. Each is recorded as its next attempt for the target, which the primary key
     * keeps unique.
     */
    static int choosePostings(Handle handle, long run, String target, LocalDate from, LocalDate to, String currency) {
        return handle.createUpdate("""
                        INSERT INTO export_postings
                        SELECT p.id, :target, coalesce(earlier.attempts, 0) + 1, :run
                        FROM postings p
                        LEFT JOIN (SELECT posting_id, count(*) AS attempts FROM export_postings
                                   WHERE target = :target GROUP BY posting_id) earlier ON earlier.posting_id = p.id
                        WHERE p.effective_date BETWEEN :from AND :to AND p.currency = :currency
                          AND p.id NOT IN (SELECT posting_id FROM (""" + LIVE_EXPORTS + "))")
                .bind("run", run).bind("target", target).bind("from", from).bind("to", to)
                .bind("currency", currency)
                .execute();
    }

    /** The live run that exported the latest of the target's postings in the dates, if any did. */
    static OptionalLong liveRunCovering(Handle handle, String target, LocalDate from, LocalDate to) {
        return handle.createQuery("SELECT max(live.run_number) FROM (" + LIVE_EXPORTS + ") live "
                        + "JOIN postings p ON p.id = live.posting_id WHERE p.effective_date BETWEEN :from AND :to")
                .bind("target", target).bind("from", from).bind("to", to)
                .mapTo(Long.class).findOne().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** The bank accounts of the run's postings, in order. */
    static List<String> bankAccounts(Handle handle, long run) {
        return handle.createQuery("SELECT DISTINCT p.bank_account FROM export_postings e JOIN postings p "
                        + "ON p.id = e.posting_id WHERE e.run_number = :run ORDER BY 1")
                .bind("run", run).mapTo(String.class).list();
    }

    /** The funds of the run's postings, in order. */
    static List<String> funds(Handle handle, long run) {
        return handle.createQuery("SELECT DISTINCT p.fund_code FROM export_postings e JOIN postings p "
                        + "ON p.id = e.posting_id WHERE e.run_number = :run ORDER BY 1")
                .bind("run", run).mapTo(String.class).list();
    }

    /** The run's postings: how many, their total and their VAT, as the run's journals compute it. */
    record Totals(long postings, long grossPence) {
    }

    static Totals totals(Handle handle, long run) {
        return handle.createQuery("""
                        SELECT count(*), CAST(coalesce(sum(p.amount_pence), 0) AS BIGINT)
                        FROM export_postings e JOIN postings p ON p.id = e.posting_id WHERE e.run_number = :run""")
                .bind("run", run).map((rs, ctx) -> new Totals(rs.getLong(1), rs.getLong(2))).one();
    }

    static void insertFundCode(Handle handle, long run, RunCodes.FundCode code) {
        handle.createUpdate("""
                        INSERT INTO export_fund_codes VALUES (:run, :fund, :ledger, :costCentre, :dimensions,
                            :vatCode, :rate, :vatLedger)""")
                .bind("run", run).bind("fund", code.fund()).bind("ledger", code.ledgerCode())
                .bind("costCentre", code.costCentre()).bind("dimensions", code.dimensions())
                .bind("vatCode", code.vatCode()).bind("rate", code.vatRateBasisPoints())
                .bind("vatLedger", code.vatLedgerCode())
                .execute();
    }

    static void insertBankCode(Handle handle, long run, String bankAccount, String ledgerCode) {
        handle.createUpdate("INSERT INTO export_bank_codes VALUES (:run, :account, :ledger)")
                .bind("run", run).bind("account", bankAccount).bind("ledger", ledgerCode).execute();
    }

    static void insertRun(Handle handle, ExportRun run) {
        handle.createUpdate("""
                        INSERT INTO export_runs VALUES (:number, :target, :exportId, :detail, :fromDate, :toDate,
                            :accounts, :fileName, :sha256, :journalCount, :lineCount, :postingCount, :grossPence,
                            :vatPence, :debitPence, :debitPence, :currency, :madeBy, :madeAt, :reverses)""")
                .bindMethods(run)
                .bind("accounts", String.join(",", run.bankAccounts()))
                .execute();
    }

    static List<ExportRun> runs(Handle handle) {
        return handle.createQuery(RUNS + " ORDER BY r.number DESC").map((rs, ctx) -> run(rs)).list();
    }

    static Optional<ExportRun> run(Handle handle, long number) {
        return handle.createQuery(RUNS + " WHERE r.number = :number").bind("number", number)
                .map((rs, ctx) -> run(rs)).findOne();
    }

    private static ExportRun run(ResultSet rs) throws SQLException {
        String accounts = rs.getString("bank_accounts");
        return new ExportRun(rs.getLong("number"), rs.getString("target"), rs.getString("export_id"),
                rs.getString("detail"), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class),
                accounts.isEmpty() ? List.of() : Arrays.asList(accounts.split(",")), rs.getString("file_name"),
                rs.getString("sha256"), rs.getInt("journal_count"), rs.getLong("line_count"),
                rs.getLong("posting_count"), rs.getLong("gross_pence"), rs.getLong("vat_pence"),
                rs.getLong("debit_pence"), rs.getString("currency"), rs.getString("made_by"),
                Timestamps.instant(rs, "made_at"), (Long) rs.getObject("reverses", Long.class),
                (Long) rs.getObject("reversed_by", Long.class));
    }
}
