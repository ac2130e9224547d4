package org.coffer.server.audit;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Checks the audit chain from the first entry to the last: numbers without a gap, each entry carrying the hash of
 * the one before, and each hash matching its entry's contents. An edited, deleted or inserted row shows as the
 * first entry where one of these fails. (Removing the newest entries leaves a shorter chain that is still whole;
 * only a copy of the last hash kept elsewhere can show that.)
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    /** What a check found: how many entries were checked, and the first problem, if any. */
    public record Result(long checked, Optional<String> problem) {

        public boolean intact() {
            return problem.isEmpty();
        }
    }

    public static Result verify(Handle handle) {
        try (Stream<AuditEntry> entries = handle.createQuery("SELECT " + AuditQueries.COLUMNS
                        + " FROM audit_log ORDER BY seq")
                .map((rs, ctx) -> AuditQueries.entry(rs)).stream()) {
            long checked = 0;
            long previousSeq = 0;
            String previousHash = AuditLog.GENESIS;
            for (Iterator<AuditEntry> it = entries.iterator(); it.hasNext(); ) {
                AuditEntry entry = it.next();
                checked++;
                Optional<String> problem = problem(entry, previousSeq, previousHash);
                if (problem.isPresent()) {
                    return new Result(checked, problem);
                }
                previousSeq = entry.seq();
                previousHash = entry.hash();
            }
            return new Result(checked, Optional.empty());
        }
    }

    private static Optional<String> problem(AuditEntry entry, long previousSeq, String previousHash) {
        long seq = entry.seq();
        if (seq != previousSeq + 1) {
            return Optional.of(sequenceProblem(seq, previousSeq));
        }
        if (!entry.recomputedHash().equals(entry.hash())) {
            return Optional.of("entry " + seq + ": its hash does not match its contents");
        }
        if (!entry.prevHash().equals(previousHash)) {
            return Optional.of(previousSeq == 0
                    ? "entry 1: it does not start the chain (its previous hash is not the starting value)"
                    : "entry " + seq + ": it does not carry the hash of entry " + previousSeq);
        }
        return Optional.empty();
    }

    private static String sequenceProblem(long seq, long previousSeq) {
        String after = previousSeq == 0 ? "entry " + seq + " is the first" : "entry " + seq + " follows entry "
                + previousSeq;
        if (seq <= previousSeq) {
            return after + ": the numbers go backwards";
        }
        long first = previousSeq + 1;
        long last = seq - 1;
        return after + ": " + (first == last ? "entry " + first + " is missing"
                : "entries " + first + " to " + last + " are missing");
    }
}
