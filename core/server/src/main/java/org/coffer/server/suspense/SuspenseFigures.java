package org.coffer.server.suspense;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coffer.server.config.Fund;
import org.coffer.server.store.Database;

/**
 * How the suspense queue is doing, counted in the database for the queue page, the dashboard and reports: what is
 * open by age, how long items take to clear, and who cleared how many each day. Only the council's currency is
 * counted; an allocation later undone does not count as clearing.
 */
public final class SuspenseFigures {

    /** Standing actions that took an item's whole amount out of suspense, with the value they took. */
    private static final String CLEARINGS = """
            WITH clearings AS (
                SELECT a.id, a.receipt_id, a.made_by, a.made_at, a.made_on,
                       CAST(-sum(p.amount_pence) AS BIGINT) AS pence
                FROM money_actions a
                JOIN money_action_postings l ON l.action_id = a.id
                JOIN postings p ON p.id = l.posting_id AND p.fund_code = :suspense
                WHERE a.clears AND p.currency = :currency
                  AND NOT EXISTS (SELECT 1 FROM money_actions u WHERE u.undoes = a.id)
                GROUP BY a.id, a.receipt_id, a.made_by, a.made_at, a.made_on)
            """;

    private final Database database;
    private final Clock clock;
    private final String currency;

    public SuspenseFigures(Database database, Clock clock, String currency) {
        this.database = database;
        this.clock = clock;
        this.currency = currency;
    }

    /** Items and value open in each age band, every band listed even when empty. */
    public List<BandFigure> openByAge() {
        Map<AgeBand, BandFigure> found = database.jdbi().withHandle(handle -> handle.createQuery("""
                        WITH open AS (
                            SELECT p.receipt_id, CAST(sum(p.amount_pence) AS BIGINT) AS pence
                            FROM postings p WHERE p.fund_code = :suspense AND p.currency = :currency
                            GROUP BY p.receipt_id HAVING sum(p.amount_pence) <> 0)
                        SELECT CAST(date_diff('day', r.value_date, :today) AS BIGINT) AS age, count(*) AS items,
                               CAST(sum(o.pence) AS BIGINT) AS pence
                        FROM open o JOIN receipts r ON r.id = o.receipt_id GROUP BY age""")
                .bind("suspense", Fund.SUSPENSE).bind("currency", currency).bind("today", LocalDate.now(clock))
                .map((rs, ctx) -> new BandFigure(AgeBand.of(rs.getLong("age")), rs.getLong("items"),
                        rs.getLong("pence")))
                .collect(Collectors.toMap(BandFigure::band, f -> f, BandFigure::plus)));
        List<BandFigure> bands = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            bands.add(found.getOrDefault(band, new BandFigure(band, 0, 0)));
        }
        return bands;
    }

    /** How long cleared items waited: from entering suspense to the action that cleared them. */
    public TimeToClear timeToClear() {
        return database.jdbi().withHandle(handle -> handle.createQuery(CLEARINGS + """
                        , entered AS (
                            SELECT receipt_id, min(made_at) AS at FROM postings
                            WHERE fund_code = :suspense AND amount_pence <> 0 GROUP BY receipt_id),
                        waits AS (
                            SELECT epoch(c.made_at) - epoch(e.at) AS seconds
                            FROM clearings c JOIN entered e ON e.receipt_id = c.receipt_id)
                        SELECT count(*), CAST(coalesce(avg(seconds), 0) AS BIGINT),
                               CAST(coalesce(median(seconds), 0) AS BIGINT) FROM waits""")
                .bind("suspense", Fund.SUSPENSE).bind("currency", currency)
                .map((rs, ctx) -> new TimeToClear(rs.getLong(1), Duration.ofSeconds(rs.getLong(2)),
                        Duration.ofSeconds(rs.getLong(3))))
                .one());
    }

    /** Items and value each person cleared each day from {@code from} to {@code to}, latest day first. */
    public List<ClearedByPerson> clearedPerPersonPerDay(LocalDate from, LocalDate to) {
        return database.jdbi().withHandle(handle -> handle.createQuery(CLEARINGS + """
                        SELECT made_on, made_by, count(*) AS items, CAST(sum(pence) AS BIGINT) AS pence
                        FROM clearings WHERE made_on BETWEEN :from AND :to
                        GROUP BY made_on, made_by ORDER BY made_on DESC, made_by""")
                .bind("suspense", Fund.SUSPENSE).bind("currency", currency).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new ClearedByPerson(rs.getObject("made_on", LocalDate.class),
                        rs.getString("made_by"), rs.getLong("items"), rs.getLong("pence")))
                .list());
    }

    public String currency() {
        return currency;
    }

    /** Open items of one age band. */
    public record BandFigure(AgeBand band, long items, long pence) {

        BandFigure plus(BandFigure other) {
            return new BandFigure(band, items + other.items, pence + other.pence);
        }
    }

    /** How many items were cleared, and their average and median wait. */
    public record TimeToClear(long cleared, Duration average, Duration median) {
    }

    /** What one person cleared on one day. */
    public record ClearedByPerson(LocalDate day, String person, long items, long pence) {
    }
}
