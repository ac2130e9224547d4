package org.coffer.server.reconciliation;

import java.util.List;
import java.util.regex.Pattern;
import org.coffer.server.config.Settler;
import org.jdbi.v3.core.Handle;

/** Which settlers an import can have given something to match: its detail batches, or its settlement lines. */
final class ImportedSides {

    private record Batch(String format, String account) {
    }

    private ImportedSides() {
    }

    static List<Settler> settlersTouched(Handle handle, long importId, List<Settler> settlers) {
        List<Batch> batches = handle.createQuery("SELECT DISTINCT i.format_id, s.account FROM statements s "
                        + "JOIN imports i ON i.id = s.import_id WHERE i.id = :id")
                .bind("id", importId).map((rs, ctx) -> new Batch(rs.getString(1), rs.getString(2))).list();
        List<String> settlements = handle.createQuery("SELECT DISTINCT reference FROM receipts "
                        + "WHERE import_id = :id AND kind = 'SETTLEMENT'")
                .bind("id", importId).mapTo(String.class).list();
        return settlers.stream().filter(settler -> batches.contains(new Batch(settler.detailFormat(),
                settler.detailAccount())) || settlements.stream().anyMatch(reference -> names(settler, reference)))
                .toList();
    }

    private static boolean names(Settler settler, String reference) {
        return matches(settler.bankPattern(), reference)
                || settler.hasReversals() && matches(settler.reversalPattern(), reference);
    }

    private static boolean matches(String pattern, String reference) {
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(reference).matches();
    }
}
