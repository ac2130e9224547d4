package org.coffer.server.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coffer.server.config.Settler;
import org.coffer.server.income.DateRange;
import org.jdbi.v3.core.Handle;

/**
 * Matches settlement bank lines to the detail batches they pay, settler by settler, bounded by the settler's window
 * of working days: exact one-to-one first, then a batch paid in consecutive lines, then consecutive batches paid in
 * one line, then one-to-one within the settler's tolerance as proposals a person confirms; and unpaid direct debits to
 * the collections they take back. Only what is still open takes part, so a run after each import finds only what
 * that import made matchable, whichever side came first.
 */
final class SettlementMatcher {

    /** The calendar reaches this far either side of the receipts, beyond any settler's window. */
    private static final int CALENDAR_DAYS_AHEAD = 120;

    private final List<Settler> settlers;

    SettlementMatcher(List<Settler> settlers) {
        this.settlers = List.copyOf(settlers);
    }

    MatchRun run(Handle handle, String actor, Instant now) {
        Optional<DateRange> days = MatcherTables.receiptDays(handle);
        if (days.isEmpty() || settlers.isEmpty()) {
            return MatchRun.NONE;
        }
        MatcherTables.calendar(handle, days.get().from().minusDays(CALENDAR_DAYS_AHEAD),
                days.get().to().plusDays(CALENDAR_DAYS_AHEAD));
        MatchRun run = MatchRun.NONE;
        for (Settler settler : settlers) {
            if (settler.hasDetail()) {
                run = run.plus(settlements(handle, settler, actor, now));
            }
            if (settler.hasReversals() && MatchingSteps.reversals(handle, settler) > 0) {
                run = run.plus(new MatchRun(0, 0, FoundMatches.store(handle, settler, actor, now)));
            }
        }
        return run;
    }

    private static MatchRun settlements(Handle handle, Settler settler, String actor, Instant now) {
        MatcherTables.openBankLines(handle, settler);
        MatcherTables.openBatches(handle, settler);
        if (!MatcherTables.bothSidesOpen(handle)) {
            return MatchRun.NONE;
        }
        int exact = 0;
        while (MatchingSteps.exact(handle, settler) > 0) {
            exact += FoundMatches.store(handle, settler, actor, now);
        }
        if (ConsecutiveSteps.splits(handle, settler, 1) > 0) {
            exact += FoundMatches.store(handle, settler, actor, now);
        }
        if (ConsecutiveSteps.manyToOne(handle, settler, 1) > 0) {
            exact += FoundMatches.store(handle, settler, actor, now);
        }
        int proposed = 0;
        if (settler.tolerancePence() > 0 && MatchingSteps.withinTolerance(handle, settler) > 0) {
            proposed = FoundMatches.store(handle, settler, actor, now);
        }
        return new MatchRun(exact, proposed, 0);
    }
}
