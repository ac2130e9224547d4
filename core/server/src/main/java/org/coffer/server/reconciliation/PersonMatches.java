package org.coffer.server.reconciliation;

import java.time.Instant;
import org.coffer.server.CofferException;
import org.jdbi.v3.core.Handle;

/** The rows a person's actions write: a hand match, a confirmation of a proposal, an undo. Only ever inserts. */
final class PersonMatches {

    private static final String INSERT = """
            INSERT INTO settlement_matches (id, settler, shape, method, bank_pence, detail_pence, fee_pence,
                difference_pence, made_by, made_at, reason, undoes, confirms)
            VALUES (:id, :settler, :shape, :method, :bank, :detail, :fee, :difference, :actor, :madeAt, :reason,
                :undoes, :confirms)""";

    private PersonMatches() {
    }

    static long byHand(Handle handle, HandMatch match, String reason, String actor, Instant now) {
        long id = nextId(handle);
        handle.createUpdate(INSERT).bind("id", id).bind("settler", match.settler().id()).bind("shape", match.shape())
                .bind("method", "BY_HAND").bind("bank", match.bankPence()).bind("detail", match.detailPence())
                .bind("fee", match.feePence()).bind("difference", match.differencePence()).bind("actor", actor)
                .bind("madeAt", now).bind("reason", reason).bind("undoes", (Long) null).bind("confirms", (Long) null)
                .execute();
        for (long receipt : match.receiptIds()) {
            handle.createUpdate("INSERT INTO settlement_match_lines VALUES (:id, 'BANK', :receipt, NULL)")
                    .bind("id", id).bind("receipt", receipt).execute();
        }
        for (long statement : match.statementIds()) {
            handle.createUpdate("INSERT INTO settlement_match_lines VALUES (:id, 'DETAIL', NULL, :statement)")
                    .bind("id", id).bind("statement", statement).execute();
        }
        return id;
    }

    static long confirm(Handle handle, long proposalId, String reason, String actor, Instant now) {
        String method = liveMethod(handle, proposalId);
        if (!method.equals("PROPOSED")) {
            throw new CofferException(ReconciliationErrorCode.RECONCILIATION_CONFLICT, "match #" + proposalId
                    + " was not proposed for confirmation; it is " + method.toLowerCase(java.util.Locale.ROOT));
        }
        long id = nextId(handle);
        handle.createUpdate("""
                INSERT INTO settlement_matches
                SELECT :id, settler, shape, 'TOLERANCE_CONFIRMED', bank_pence, detail_pence, fee_pence,
                       difference_pence, :actor, :madeAt, :reason, NULL, id
                FROM settlement_matches WHERE id = :proposal""")
                .bind("id", id).bind("actor", actor).bind("madeAt", now).bind("reason", reason)
                .bind("proposal", proposalId).execute();
        handle.createUpdate("INSERT INTO settlement_match_lines SELECT :id, role, receipt_id, statement_id "
                + "FROM settlement_match_lines WHERE match_id = :proposal")
                .bind("id", id).bind("proposal", proposalId).execute();
        return id;
    }

    static long undo(Handle handle, long matchId, String reason, String actor, Instant now) {
        liveMethod(handle, matchId);
        long id = nextId(handle);
        handle.createUpdate("""
                INSERT INTO settlement_matches
                SELECT :id, settler, shape, 'UNDO', -bank_pence, -detail_pence, -fee_pence, -difference_pence,
                       :actor, :madeAt, :reason, id, NULL
                FROM settlement_matches WHERE id = :match""")
                .bind("id", id).bind("actor", actor).bind("madeAt", now).bind("reason", reason)
                .bind("match", matchId).execute();
        return id;
    }

    /** The method of a match in force, refused when there is no such match or it is no longer in force. */
    private static String liveMethod(Handle handle, long matchId) {
        String method = handle.createQuery("SELECT method FROM settlement_matches WHERE id = :id")
                .bind("id", matchId).mapTo(String.class).findOne()
                .orElseThrow(() -> new CofferException(ReconciliationErrorCode.RECONCILIATION_NOT_FOUND,
                        "there is no settlement match #" + matchId));
        boolean live = handle.createQuery("SELECT count(*) FROM live_settlement_matches WHERE id = :id")
                .bind("id", matchId).mapTo(Integer.class).one() > 0;
        if (!live) {
            throw new CofferException(ReconciliationErrorCode.RECONCILIATION_CONFLICT, "settlement match #" + matchId
                    + " is no longer in force: it was undone, confirmed, or is itself an undo");
        }
        return method;
    }

    private static long nextId(Handle handle) {
        return handle.createQuery("SELECT coalesce(max(id), 0) + 1 FROM settlement_matches").mapTo(Long.class).one();
    }
}
