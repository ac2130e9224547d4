package org.coffer.server.imports;

import java.time.Instant;

/**
 * One row of the import history: a stored import or a refused attempt.
 *
 * @param currency the file's one currency, or {@code null} when it mixes currencies
 * @param refusal every problem that refused it, one per line, or {@code null} for a stored import
 */
public record ImportRecord(long id, String fileName, String sha256, String formatId, String importedBy,
        Instant importedAt, String status, int statementCount, long receiptCount, long creditPence,
        long debitPence, String currency, String acceptedReason, String refusal) {

    public static final String STORED = "STORED";
    public static final String REFUSED = "REFUSED";

    public boolean stored() {
        return STORED.equals(status);
    }
}
