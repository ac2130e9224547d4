package org.coffer.server.suspense;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coffer.server.config.Fund;
import org.coffer.server.store.Database;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the suspense queue in the database: an item is a receipt whose postings leave money on the suspense fund.
 * Filters are bound values; only the order is chosen from fixed clauses.
 */
public final class SuspenseQueue {

    /** Every receipt that has been in suspense, with what it has open there now, its lock and any return mark. */
    private static final String ITEMS = items("");
    /** The same for the one receipt {@code :id}, which reads only that receipt's suspense postings. */
    private static final String ONE_ITEM = items(" AND receipt_id = :id");

    private static String items(String onlyReceipt) {
        return """
            WITH on_suspense AS (
                SELECT receipt_id, CAST(sum(amount_pence) AS BIGINT) AS open_pence
                FROM postings WHERE fund_code = :suspense""" + onlyReceipt + """
                 GROUP BY receipt_id),
            return_marks AS (
                SELECT a.receipt_id, max_by(a.reason, a.id) AS reason FROM money_actions a
                WHERE a.kind = 'RETURN' AND NOT EXISTS (SELECT 1 FROM money_actions u WHERE u.undoes = a.id)
                GROUP BY a.receipt_id),
            items AS (
                SELECT r.id, r.value_date, CAST(date_diff('day', r.value_date, :today) AS BIGINT) AS age_days,
                       r.amount_pence, s.open_pence, r.currency, r.bank_account, r.reference, r.narrative,
                       r.counterparty, coalesce(l.held_by, '') AS locked_by, l.held_until,
                       coalesce(m.reason, '') AS return_reason
                FROM on_suspense s JOIN receipts r ON r.id = s.receipt_id
                LEFT JOIN suspense_locks l ON l.receipt_id = r.id AND l.held_until > :now
                LEFT JOIN return_marks m ON m.receipt_id = r.id)
            """;
    }

    private final Database database;
    private final Clock clock;

    public SuspenseQueue(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** One page of the open items the filter asks for, and how many there are in all. */
    public QueuePage page(QueueFilter filter) {
        String where = where(filter);
        return database.jdbi().withHandle(handle -> {
            long total = bind(handle.createQuery(ITEMS + "SELECT count(*) FROM items WHERE " + where), filter)
                    .mapTo(Long.class).one();
            // Counted apart so that the page itself is a top-N: a count over the window would sort every item.
            Query rows = bind(handle.createQuery(ITEMS + "SELECT * FROM items WHERE " + where + " ORDER BY "
                    + filter.sort().orderBy() + " LIMIT :limit OFFSET :offset"), filter)
                    .bind("limit", QueueFilter.PAGE_SIZE)
                    .bind("offset", (long) (filter.page() - 1) * QueueFilter.PAGE_SIZE);
            return new QueuePage(filter, rows.map((rs, ctx) -> item(rs)).list(), total);
        });
    }

    /** The receipt as a suspense item, open or cleared; empty when it was never in suspense. */
    public Optional<SuspenseItem> item(long receiptId) {
        return database.jdbi().withHandle(handle -> item(handle, receiptId));
    }

    Optional<SuspenseItem> item(Handle handle, long receiptId) {
        return handle.createQuery(ONE_ITEM + "SELECT * FROM items WHERE id = :id")
                .bind("id", receiptId).bind("suspense", Fund.SUSPENSE).bind("today", today())
                .bind("now", clock.instant())
                .map((rs, ctx) -> item(rs)).findOne();
    }

    /** The item with its notes, the actions on it and its postings, for the item's page. */
    public Optional<ItemStory> story(long receiptId) {
        return database.jdbi().withHandle(handle -> item(handle, receiptId).map(item -> new ItemStory(item,
                SuspenseNotes.of(handle, receiptId), MoneyActionsDao.onReceipt(handle, receiptId),
                ItemStory.postings(handle, receiptId))));
    }

    private static String where(QueueFilter filter) {
        StringBuilder where = new StringBuilder("open_pence <> 0");
        if (filter.band().isPresent()) {
            where.append(" AND age_days BETWEEN :fromDays AND :toDays");
        }
        filter.minPence().ifPresent(pence -> where.append(" AND open_pence >= :minPence"));
        filter.maxPence().ifPresent(pence -> where.append(" AND open_pence <= :maxPence"));
        if (!filter.bankAccount().isEmpty()) {
            where.append(" AND bank_account = :bankAccount");
        }
        if (!filter.text().isEmpty()) {
            where.append(" AND contains(upper(reference || ' ' || narrative || ' ' || counterparty), upper(:text))");
        }
        return where.toString();
    }

    private Query bind(Query query, QueueFilter filter) {
        query.bind("suspense", Fund.SUSPENSE).bind("today", today()).bind("now", clock.instant());
        filter.band().ifPresent(band -> query.bind("fromDays", band.fromDays()).bind("toDays", band.toDays()));
        filter.minPence().ifPresent(pence -> query.bind("minPence", pence));
        filter.maxPence().ifPresent(pence -> query.bind("maxPence", pence));
        if (!filter.bankAccount().isEmpty()) {
            query.bind("bankAccount", filter.bankAccount());
        }
        if (!filter.text().isEmpty()) {
            query.bind("text", filter.text());
        }
        return query;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static SuspenseItem item(ResultSet rs) throws SQLException {
        return new SuspenseItem(rs.getLong("id"), rs.getObject("value_date", LocalDate.class), rs.getLong("age_days"),
                rs.getLong("amount_pence"), rs.getLong("open_pence"), rs.getString("currency"),
                rs.getString("bank_account"), rs.getString("reference"), rs.getString("narrative"),
                rs.getString("counterparty"), rs.getString("locked_by"), Timestamps.instant(rs, "held_until"),
                rs.getString("return_reason"));
    }

    /** A page of the queue. */
    public record QueuePage(QueueFilter filter, List<SuspenseItem> items, long total) {

        public QueuePage {
            items = List.copyOf(items);
        }

        public long pages() {
            return Math.max(1, (total + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
        }
    }
}
