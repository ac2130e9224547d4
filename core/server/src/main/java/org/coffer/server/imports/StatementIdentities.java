package org.coffer.server.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.FormatContext;
import org.coffer.plugin.api.format.StatementStart;
import org.jdbi.v3.core.Handle;

/**
 * Recognises a statement that is already stored, or repeated within the same file, by its identity: account,
 * sequence number and dates. The same statement in another file (intraday then end of day, MT940 and camt.053, a
 * reissue) must not be counted twice. A statement with neither a sequence number nor dates has no identity.
 * Repeats within the file are found as statements end; stored ones with one query once the file is read, because
 * a query per statement in the middle of a bulk load is slow.
 */
final class StatementIdentities {

    private final Map<Identity, StatementTally> inThisFile = new HashMap<>();

    /** A problem when this statement has already appeared earlier in the same file. */
    Optional<Problem> repeatedInFile(FormatContext context, StatementTally tally) {
        Optional<Identity> identity = Identity.of(tally.start);
        if (identity.isEmpty() || inThisFile.putIfAbsent(identity.get(), tally) == null) {
            return Optional.empty();
        }
        return Optional.of(context.problem(tally.start.location(), "", ImportErrorCode.IMPORT_DUPLICATE_STATEMENT,
                tally.describe() + " appears twice in this file"));
    }

    /** A problem for each statement of the file that an earlier import has already stored. */
    List<Problem> alreadyStored(Handle handle, FormatContext context) {
        if (inThisFile.isEmpty()) {
            return List.of();
        }
        List<String> accounts = inThisFile.keySet().stream().map(Identity::account).distinct().toList();
        record Stored(Identity identity, long importId, String fileName) {
        }
        List<Stored> stored = handle.createQuery("""
                        SELECT s.account, s.sequence, s.from_date, s.to_date, i.id, i.file_name
                        FROM statements s JOIN imports i ON i.id = s.import_id
                        WHERE s.account IN (<accounts>)
                        ORDER BY i.id""")
                .bindList("accounts", accounts)
                .map((rs, ctx) -> new Stored(new Identity(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), rs.getLong(5),
                        rs.getString(6)))
                .list();
        List<Problem> problems = new ArrayList<>();
        for (Stored earlier : stored) {
            StatementTally tally = inThisFile.remove(earlier.identity());
            if (tally != null) {
                problems.add(context.problem(tally.start.location(), "", ImportErrorCode.IMPORT_DUPLICATE_STATEMENT,
                        tally.describe() + " was already imported from " + earlier.fileName() + " as import #"
                                + earlier.importId()));
            }
        }
        return problems;
    }

    private record Identity(String account, String sequence, LocalDate from, LocalDate to) {

        static Optional<Identity> of(StatementStart start) {
            if (start.sequence().isEmpty() && start.from() == null && start.to() == null) {
                return Optional.empty();
            }
            return Optional.of(new Identity(start.account(), start.sequence(), start.from(), start.to()));
        }
    }
}
