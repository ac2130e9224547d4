package org.coffer.server.imports;

import java.time.Instant;
import java.util.List;

/**
 * A stored import: its number, the format it was read as, what each statement held, and how many advices (notices
 * with no money, such as Bacs ADDACS) it kept.
 */
public record ImportOutcome(long importId, String fileName, String formatId, String sha256, String importedBy,
        Instant importedAt, List<StatementOutcome> statements, long advices, String acceptedReason) {

    public ImportOutcome {
        statements = List.copyOf(statements);
    }

    public long receipts() {
        return statements.stream().mapToLong(StatementOutcome::receipts).sum();
    }
}
