package org.coffer.server.reconciliation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A settlement match in force, as people read it.
 *
 * @param bankLines the bank lines' references, with their receipt ids
 * @param batches the detail batches' files, with their statement ids
 */
public record MatchView(long id, String settler, String shape, String method, long bankPence, long detailPence,
        long feePence, long differencePence, String madeBy, Instant madeAt, String reason, List<String> bankLines,
        List<String> batches) {

    public MatchView {
        requireNonNull(settler, "settler is null");
        requireNonNull(reason, "reason is null");
        bankLines = List.copyOf(bankLines);
        batches = List.copyOf(batches);
    }
}
