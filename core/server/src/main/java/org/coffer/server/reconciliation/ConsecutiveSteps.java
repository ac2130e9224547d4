package org.coffer.server.reconciliation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.coffer.server.config.Settler;
import org.jdbi.v3.core.Handle;

/**
 * The bounded many-sided steps: one batch paid in 2 to {@link Settler#MAX_PARTS} consecutive open lines (a split
 * settlement), and 2 to {@link Settler#MAX_PARTS} consecutive open batches paid in one line. "Consecutive" is in date
 * order among what is still open, so each search is a handful of running sums, never a search over subsets. SQL
 * finds the candidates; they are taken shortest and nearest first, and none may share a line or a batch.
 */
final class ConsecutiveSteps {

    /** A run of consecutive open rows {@code (afterRn, lastRn]} on one side and one row on the other. */
    private record Candidate(long afterRn, long lastRn, long otherId) {
    }

    private ConsecutiveSteps() {
    }

    static int splits(Handle handle, Settler settler, long firstGroup) {
        List<Candidate> candidates = handle.createQuery("""
                WITH seq AS (
                    SELECT rn, value_date, ordinal, CAST(sum(amount_pence) OVER (ORDER BY rn) AS BIGINT) AS cs,
                           lead(value_date) OVER (ORDER BY rn) AS next_date
                    FROM (SELECT rn, value_date, ordinal, amount_pence FROM recon_bank
                          UNION ALL SELECT 0, CAST(NULL AS DATE), CAST(NULL AS BIGINT), 0)),
                ranges AS (
                    SELECT a.rn AS after_rn, e.rn AS last_rn, e.cs - a.cs AS total, a.next_date AS first_date,
                           e.ordinal AS last_ordinal
                    FROM seq a CROSS JOIN range(2, :parts + 1) k(size) JOIN seq e ON e.rn = a.rn + k.size)
                SELECT r.after_rn, r.last_rn, t.id AS other_id
                FROM ranges r JOIN recon_batches t ON t.expected = r.total
                WHERE r.first_date >= t.day AND r.last_ordinal - t.ordinal <= :window
                ORDER BY r.last_rn - r.after_rn, r.last_ordinal - t.ordinal, t.id, r.after_rn""")
                .bind("parts", Settler.MAX_PARTS).bind("window", settler.windowDays())
                .map((rs, ctx) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        return record(handle, disjoint(candidates), firstGroup, "SPLIT", Side.BANK, size -> "the " + size
                + " consecutive lines add up to the batch's net less fees to the penny, within the settler's window");
    }

    static int manyToOne(Handle handle, Settler settler, long firstGroup) {
        List<Candidate> candidates = handle.createQuery("""
                WITH seq AS (
                    SELECT rn, day, ordinal, CAST(sum(expected) OVER (ORDER BY rn) AS BIGINT) AS cs,
                           lead(ordinal) OVER (ORDER BY rn) AS next_ordinal
                    FROM (SELECT rn, day, ordinal, expected FROM recon_batches
                          UNION ALL SELECT 0, CAST(NULL AS DATE), CAST(NULL AS BIGINT), 0)),
                ranges AS (
                    SELECT a.rn AS after_rn, e.rn AS last_rn, e.cs - a.cs AS total, e.day AS last_day,
                           a.next_ordinal AS first_ordinal
                    FROM seq a CROSS JOIN range(2, :parts + 1) k(size) JOIN seq e ON e.rn = a.rn + k.size)
                SELECT r.after_rn, r.last_rn, b.id AS other_id
                FROM ranges r JOIN recon_bank b ON b.amount_pence = r.total
                WHERE b.value_date >= r.last_day AND b.ordinal - r.first_ordinal <= :window
                ORDER BY r.last_rn - r.after_rn, b.ordinal - r.first_ordinal, b.id, r.after_rn""")
                .bind("parts", Settler.MAX_PARTS).bind("window", settler.windowDays())
                .map((rs, ctx) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        return record(handle, disjoint(candidates), firstGroup, "MANY_TO_ONE", Side.DETAIL, size -> "the line is "
                + "the net less fees of " + size + " consecutive batches to the penny, within the settler's window of "
                + "the first");
    }

    /** Which side a run of consecutive rows is on: its table, and which column of a found row holds its ids. */
    private enum Side {
        BANK("recon_bank", "'BANK', id, NULL", "'DETAIL', NULL, :id"),
        DETAIL("recon_batches", "'DETAIL', NULL, id", "'BANK', :id, NULL");

        final String table;
        final String runColumns;
        final String otherColumns;

        Side(String table, String runColumns, String otherColumns) {
            this.table = table;
            this.runColumns = runColumns;
            this.otherColumns = otherColumns;
        }
    }

    /** Records each taken candidate as one group of found rows: its run, and the one row it matches. */
    private static int record(Handle handle, List<Candidate> taken, long firstGroup, String shape, Side run,
            IntFunction<String> reasonForSize) {
        int group = 0;
        for (Candidate candidate : taken) {
            long grp = firstGroup + group++;
            String reason = reasonForSize.apply((int) (candidate.lastRn() - candidate.afterRn()));
            handle.createUpdate("INSERT INTO recon_found SELECT :grp, :shape, 'EXACT', :reason, " + run.runColumns
                            + " FROM " + run.table + " WHERE rn > :after AND rn <= :last")
                    .bind("grp", grp).bind("shape", shape).bind("reason", reason)
                    .bind("after", candidate.afterRn()).bind("last", candidate.lastRn()).execute();
            handle.createUpdate("INSERT INTO recon_found VALUES (:grp, :shape, 'EXACT', :reason, "
                            + run.otherColumns + ")")
                    .bind("grp", grp).bind("shape", shape).bind("reason", reason).bind("id", candidate.otherId())
                    .execute();
        }
        return group;
    }

    /** The candidates in order, skipping any that shares a row with one already taken. */
    private static List<Candidate> disjoint(List<Candidate> candidates) {
        Set<Long> usedRuns = new HashSet<>();
        Set<Long> usedOthers = new HashSet<>();
        List<Candidate> taken = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean free = !usedOthers.contains(candidate.otherId());
            for (long rn = candidate.afterRn() + 1; free && rn <= candidate.lastRn(); rn++) {
                free = !usedRuns.contains(rn);
            }
            if (free) {
                taken.add(candidate);
                usedOthers.add(candidate.otherId());
                for (long rn = candidate.afterRn() + 1; rn <= candidate.lastRn(); rn++) {
                    usedRuns.add(rn);
                }
            }
        }
        return taken;
    }
}
