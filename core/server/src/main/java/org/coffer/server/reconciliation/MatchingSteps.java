package org.coffer.server.reconciliation;

import org.coffer.server.config.Settler;
import org.jdbi.v3.core.Handle;

/**
 * The one-to-one steps of matching, in SQL over one settler's open lines and batches: a pair is taken only when each
 * is the other's best candidate (fewest working days apart, then the earliest), so that no pair is forced.
 */
final class MatchingSteps {

    private static final String MUTUAL_BEST = """
            ranked AS (
                SELECT *, row_number() OVER (PARTITION BY bank_id ORDER BY distance, lag, batch_id) AS for_bank,
                          row_number() OVER (PARTITION BY batch_id ORDER BY distance, lag, bank_id) AS for_batch
                FROM pairs),
            chosen AS (
                SELECT *, row_number() OVER (ORDER BY bank_id) AS grp FROM ranked WHERE for_bank = 1 AND for_batch = 1)
            """;

    private MatchingSteps() {
    }

    /** Lines that are a batch's net less fees to the penny, within the window; returns the pairs found. */
    static int exact(Handle handle, Settler settler) {
        return handle.createUpdate("""
                INSERT INTO recon_found
                WITH pairs AS (
                    SELECT b.id AS bank_id, t.id AS batch_id, b.ordinal - t.ordinal AS lag, 0 AS distance
                    FROM recon_bank b JOIN recon_batches t ON b.amount_pence = t.expected
                    WHERE b.value_date >= t.day AND b.ordinal - t.ordinal <= :window),
                """ + MUTUAL_BEST + """
                , why AS (
                    SELECT grp, bank_id, batch_id, 'the line is the batch''s net less fees to the penny, paid ' || lag
                           || ' working day(s) after its last day' AS reason
                    FROM chosen)
                SELECT grp, 'ONE_TO_ONE', 'EXACT', reason, 'BANK', bank_id, NULL FROM why
                UNION ALL
                SELECT grp, 'ONE_TO_ONE', 'EXACT', reason, 'DETAIL', NULL, batch_id FROM why""")
                .bind("window", settler.windowDays()).execute() / 2;
    }

    /**
     * Lines a few pence from a batch's net less fees, within the settler's tolerance and window: proposed, for a
     * person to confirm, with how far apart they are.
     */
    static int withinTolerance(Handle handle, Settler settler) {
        return handle.createUpdate("""
                INSERT INTO recon_found
                WITH pairs AS (
                    SELECT b.id AS bank_id, t.id AS batch_id, b.ordinal - t.ordinal AS lag,
                           abs(b.amount_pence - t.expected) AS distance, b.amount_pence - t.expected AS difference,
                           t.expected
                    FROM recon_bank b JOIN recon_batches t
                      ON b.amount_pence BETWEEN t.expected - :tolerance AND t.expected + :tolerance
                    WHERE b.value_date >= t.day AND b.ordinal - t.ordinal <= :window
                      AND b.amount_pence <> t.expected),
                """ + MUTUAL_BEST + """
                , why AS (
                    SELECT grp, bank_id, batch_id, 'the line is ' || recon_pounds(abs(difference))
                           || CASE WHEN difference < 0 THEN ' less' ELSE ' more' END
                           || ' than the batch''s net less fees of ' || recon_pounds(expected)
                           || ', within the settler''s tolerance of ' || recon_pounds(:tolerance) || ', paid ' || lag
                           || ' working day(s) after its last day: confirm if the settler kept or added it' AS reason
                    FROM chosen)
                SELECT grp, 'ONE_TO_ONE', 'PROPOSED', reason, 'BANK', bank_id, NULL FROM why
                UNION ALL
                SELECT grp, 'ONE_TO_ONE', 'PROPOSED', reason, 'DETAIL', NULL, batch_id FROM why""")
                .bind("window", settler.windowDays()).bind("tolerance", settler.tolerancePence()).execute() / 2;
    }

    /**
     * Unpaid direct debits (and other settlement debits the settler's reversal pattern names) with the latest
     * earlier collection of the same batch id, on the same account, within the window.
     */
    static int reversals(Handle handle, Settler settler) {
        return handle.createUpdate("""
                INSERT INTO recon_found
                WITH unpaid AS (
                    SELECT r.id, r.value_date, r.bank_account, regexp_extract(r.reference, :key, 1) AS batch, d.ordinal
                    FROM receipts r JOIN recon_days d ON d.day = r.value_date
                    WHERE r.kind = 'SETTLEMENT' AND r.amount_pence < 0
                      AND regexp_full_match(r.reference, :reversal, 'i')
                      AND r.id NOT IN (SELECT receipt_id FROM live_settlement_lines WHERE role = 'BANK')
                      AND r.id NOT IN (SELECT receipt_id FROM undone_settlement_lines WHERE receipt_id IS NOT NULL)),
                collected AS (
                    SELECT r.id, r.value_date, r.bank_account, regexp_extract(r.reference, :key, 1) AS batch, d.ordinal
                    FROM receipts r JOIN recon_days d ON d.day = r.value_date
                    WHERE r.kind = 'SETTLEMENT' AND r.amount_pence > 0
                      AND regexp_full_match(r.reference, :pattern, 'i')),
                pairs AS (
                    SELECT u.id AS unpaid_id, c.id AS collection_id, row_number() OVER (PARTITION BY u.id
                               ORDER BY c.value_date DESC, c.id DESC) AS pick
                    FROM unpaid u JOIN collected c ON c.batch = u.batch AND c.bank_account = u.bank_account
                    WHERE u.batch <> '' AND c.value_date <= u.value_date AND u.ordinal - c.ordinal <= :window),
                chosen AS (
                    SELECT unpaid_id, collection_id, row_number() OVER (ORDER BY unpaid_id) AS grp,
                           'the debit names the batch of the collection it takes back' AS reason
                    FROM pairs WHERE pick = 1)
                SELECT grp, 'REVERSAL', 'EXACT', reason, 'BANK', unpaid_id, NULL FROM chosen
                UNION ALL
                SELECT grp, 'REVERSAL', 'EXACT', reason, 'REVERSED', collection_id, NULL FROM chosen""")
                .bind("key", settler.batchKey()).bind("reversal", settler.reversalPattern())
                .bind("pattern", settler.bankPattern()).bind("window", settler.windowDays()).execute() / 2;
    }
}
