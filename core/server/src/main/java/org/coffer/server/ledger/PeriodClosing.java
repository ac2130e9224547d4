package org.coffer.server.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.store.Database;
import org.coffer.server.store.Timestamps;

/** Closes financial periods: from then on nothing is posted in them. A closed period stays closed. */
public final class PeriodClosing {

    /** A closed period, who closed it and when. */
    public record ClosedPeriod(FinancialPeriod period, String closedBy, Instant closedAt) {
    }

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public PeriodClosing(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.audit = new AuditLog(clock);
    }

    public void close(String actor, FinancialPeriod period) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        database.writeWith(handle -> {
            if (OpenPeriods.read(handle).isClosed(period)) {
                throw new CofferException(LedgerErrorCode.LEDGER_PERIOD_CLOSED,
                        "financial period " + period.label() + " is already closed");
            }
            handle.createUpdate("INSERT INTO closed_periods VALUES (:year, :period, :actor, :at)")
                    .bind("year", period.year()).bind("period", period.period()).bind("actor", actor)
                    .bind("at", now).execute();
            audit.append(handle, actor, "period.closed", "period " + period.label(), null,
                    "{\"financialYear\":" + period.year() + ",\"period\":" + period.period() + "}");
        });
    }

    /** The closed periods, latest first. */
    public List<ClosedPeriod> closed() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT * FROM closed_periods ORDER BY financial_year DESC, period DESC")
                .map((rs, ctx) -> new ClosedPeriod(new FinancialPeriod(rs.getInt("financial_year"),
                        rs.getInt("period")), rs.getString("closed_by"), Timestamps.instant(rs, "closed_at")))
                .list());
    }

    /** The periods as they stand now, for a check outside a posting transaction. */
    public OpenPeriods openPeriods() {
        return database.jdbi().withHandle(OpenPeriods::read);
    }
}
