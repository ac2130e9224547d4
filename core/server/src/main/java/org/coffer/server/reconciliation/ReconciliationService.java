package org.coffer.server.reconciliation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.coffer.server.CofferException;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.config.Settler;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Bank reconciliation: settlements matched to the channel detail they pay after each import and on demand, what is
 * left over for people, and what people do about it: confirm a proposed match, match by hand, undo a match. Every
 * action of a person needs a reason and goes into the audit log; nothing is updated or deleted.
 */
public final class ReconciliationService {

    /** Who automatic matches are made by. */
    public static final String MATCHER = "coffer";

    private final Database database;
    private final List<Settler> settlers;
    private final SettlementMatcher matcher;
    private final AuditLog audit;
    private final Clock clock;

    public ReconciliationService(Database database, List<Settler> settlers, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.settlers = List.copyOf(settlers);
        this.matcher = new SettlementMatcher(settlers);
        this.clock = requireNonNull(clock, "clock is null");
        this.audit = new AuditLog(clock);
    }

    public List<Settler> settlers() {
        return settlers;
    }

    /** Matches what an import made matchable, inside the import's own transaction. */
    public void afterImport(Handle handle, long importId, String actor) {
        List<Settler> touched = ImportedSides.settlersTouched(handle, importId, settlers);
        if (!touched.isEmpty()) {
            new SettlementMatcher(touched).run(handle, MATCHER, now());
        }
    }

    /** Runs matching now over everything still open, as a person asked. */
    public MatchRun runNow(String actor) {
        return database.write(handle -> {
            MatchRun run = matcher.run(handle, MATCHER, now());
            audit.append(handle, actor, "reconciliation.run", "settlement matching", null,
                    "exact " + run.exact() + ", proposed " + run.proposed() + ", reversals " + run.reversals());
            return run;
        });
    }

    /** Confirms a proposed match with the person's reason; returns the new match's id. */
    public long confirm(long proposalId, String reason, String actor) {
        String why = required(reason);
        return database.write(handle -> {
            long id = PersonMatches.confirm(handle, proposalId, why, actor, now());
            audit.append(handle, actor, "reconciliation.confirmed", "settlement match #" + id, "proposal #"
                    + proposalId, why);
            return id;
        });
    }

    /** Matches bank lines to detail batches by hand, whatever the difference; returns the new match's id. */
    public long matchByHand(List<Long> receiptIds, List<Long> statementIds, String reason, String actor) {
        String why = required(reason);
        return database.write(handle -> {
            HandMatch match = HandMatch.of(handle, settlers, receiptIds, statementIds);
            long id = PersonMatches.byHand(handle, match, why, actor, now());
            audit.append(handle, actor, "reconciliation.matched", "settlement match #" + id, null,
                    match.describe() + "; " + why);
            return id;
        });
    }

    /** Undoes a match (or turns down a proposal) with a new row that reverses it; returns that row's id. */
    public long undo(long matchId, String reason, String actor) {
        String why = required(reason);
        return database.write(handle -> {
            long id = PersonMatches.undo(handle, matchId, why, actor, now());
            audit.append(handle, actor, "reconciliation.undone", "settlement match #" + matchId, null, why);
            return id;
        });
    }

    /** What is left over, aged as of the council's today. */
    public Leftovers leftovers(int limit) {
        LocalDate today = LocalDate.now(clock);
        return database.jdbi().withHandle(handle -> LeftoverQueries.leftovers(handle, settlers, today, limit));
    }

    /** The matches in force, newest first. */
    public List<MatchView> matches(int limit) {
        return database.jdbi().withHandle(handle -> LeftoverQueries.matches(handle, limit));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CofferException(ReconciliationErrorCode.RECONCILIATION_REASON_REQUIRED,
                    "give a reason: the audit log keeps who matched or undid what, and why");
        }
        return reason.strip();
    }
}
