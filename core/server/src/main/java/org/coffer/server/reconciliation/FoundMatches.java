package org.coffer.server.reconciliation;

import java.time.Instant;
import org.coffer.server.config.Settler;
import org.jdbi.v3.core.Handle;

/** Stores what a matching step found as settlement matches, one row per match and one per side. */
final class FoundMatches {

    private FoundMatches() {
    }

    /** Stores the found matches of one settler; returns how many. */
    static int store(Handle handle, Settler settler, String actor, Instant now) {
        long base = handle.createQuery("SELECT coalesce(max(id), 0) FROM settlement_matches").mapTo(Long.class).one();
        int stored = handle.createUpdate("""
                INSERT INTO settlement_matches
                SELECT :base + g.grp, :settler, g.shape, g.method, g.bank, g.detail, g.fee,
                       CASE WHEN g.shape = 'REVERSAL' THEN 0 ELSE g.bank - (g.detail - g.fee) END,
                       :actor, :madeAt, g.reason, NULL, NULL
                FROM (SELECT f.grp, any_value(f.shape) AS shape, any_value(f.method) AS method,
                             any_value(f.reason) AS reason,
                             CAST(coalesce(sum(CASE WHEN f.role = 'BANK' THEN r.amount_pence END), 0) AS BIGINT)
                                 AS bank,
                             CAST(coalesce(sum(t.net), 0) AS BIGINT) AS detail,
                             CAST(coalesce(sum(t.rule_fee), 0) AS BIGINT) AS fee
                      FROM recon_found f
                      LEFT JOIN receipts r ON r.id = f.receipt_id
                      LEFT JOIN recon_batches t ON t.id = f.statement_id
                      GROUP BY f.grp) g""")
                .bind("base", base).bind("settler", settler.id()).bind("actor", actor).bind("madeAt", now)
                .execute();
        handle.createUpdate("INSERT INTO settlement_match_lines SELECT :base + grp, role, receipt_id, statement_id "
                + "FROM recon_found").bind("base", base).execute();
        MatcherTables.removeFound(handle);
        return stored;
    }
}
