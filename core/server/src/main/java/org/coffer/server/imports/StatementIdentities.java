package org.coffer.server.imports;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.FormatContext;
import org.jdbi.v3.core.Handle;

/**
 * Recognises a statement that is already stored, or repeated within the same file, by its identity: account,
 * sequence number and dates. The same statement in another file (intraday then end of day, MT940 and camt.053, a
 * reissue) must not be counted twice. A statement with neither a sequence number nor dates has no identity.
 */
final class StatementIdentities {

    private final Handle handle;
    private final Set<String> inThisFile = new HashSet<>();

    StatementIdentities(Handle handle) {
        this.handle = handle;
    }

    Optional<Problem> check(FormatContext context, StatementTally tally) {
        var start = tally.start;
        if (start.sequence().isEmpty() && start.from() == null && start.to() == null) {
            return Optional.empty();
        }
        String key = start.account() + "\u001F" + start.sequence() + "\u001F" + start.from() + "\u001F" + start.to();
        if (!inThisFile.add(key)) {
            return Optional.of(context.problem(start.location(), "", ImportErrorCode.IMPORT_DUPLICATE_STATEMENT,
                    tally.describe() + " appears twice in this file"));
        }
        return handle.createQuery("""
                        SELECT i.id, i.file_name FROM statements s JOIN imports i ON i.id = s.import_id
                        WHERE s.account = :account AND s.sequence = :sequence
                          AND s.from_date IS NOT DISTINCT FROM :from AND s.to_date IS NOT DISTINCT FROM :to
                        ORDER BY i.id LIMIT 1""")
                .bind("account", start.account()).bind("sequence", start.sequence())
                .bind("from", start.from()).bind("to", start.to())
                .map((rs, ctx) -> context.problem(start.location(), "", ImportErrorCode.IMPORT_DUPLICATE_STATEMENT,
                        tally.describe() + " was already imported from " + rs.getString(2) + " as import #"
                                + rs.getLong(1)))
                .findOne();
    }
}
