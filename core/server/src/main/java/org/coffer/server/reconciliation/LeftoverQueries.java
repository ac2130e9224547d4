package org.coffer.server.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coffer.server.config.Settler;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** SQL for what reconciliation leaves over and for the matches in force. */
final class LeftoverQueries {

    private static final String MATCH_COLUMNS = """
            SELECT m.id, m.settler, m.shape, m.method, m.bank_pence, m.detail_pence, m.fee_pence, m.difference_pence,
                   m.made_by, m.made_at, m.reason,
                   (SELECT string_agg(r.reference || ' #' || r.id, ' | ' ORDER BY r.id)
                    FROM settlement_match_lines l JOIN receipts r ON r.id = l.receipt_id
                    WHERE l.match_id = m.id) AS bank_lines,
                   (SELECT string_agg(i.file_name || ' #' || s.id, ' | ' ORDER BY s.id)
                    FROM settlement_match_lines l JOIN statements s ON s.id = l.statement_id
                    JOIN imports i ON i.id = s.import_id
                    WHERE l.match_id = m.id) AS batches
            FROM live_settlement_matches m""";

    private LeftoverQueries() {
    }

    static Leftovers leftovers(Handle handle, List<Settler> settlers, LocalDate today, int limit) {
        List<MatchView> proposals = handle.createQuery(MATCH_COLUMNS + " WHERE m.method = 'PROPOSED' ORDER BY m.id "
                + "LIMIT :limit").bind("limit", limit).map((rs, ctx) -> match(rs)).list();
        List<MatchView> differences = handle.createQuery(MATCH_COLUMNS + " WHERE m.method <> 'PROPOSED' "
                + "AND m.difference_pence <> 0 ORDER BY m.id DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> match(rs)).list();
        String unmatched = "FROM receipts r WHERE r.kind = 'SETTLEMENT' "
                + "AND r.id NOT IN (SELECT receipt_id FROM live_settlement_lines WHERE role = 'BANK')";
        List<UndetailedLine> lines = bindSettlers(handle.createQuery("SELECT r.id, " + settlerCase(settlers)
                + " AS settler, r.bank_account, r.value_date, r.amount_pence, r.reference, "
                + "date_diff('day', r.value_date, :today) AS age " + unmatched
                + " ORDER BY r.value_date, r.id LIMIT :limit"), settlers)
                .bind("today", today).bind("limit", limit)
                .map((rs, ctx) -> new UndetailedLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6), rs.getLong(7)))
                .list();
        long[] lineTotals = handle.createQuery("SELECT count(*), CAST(coalesce(sum(r.amount_pence), 0) AS BIGINT) "
                + unmatched).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
        List<UnpaidBatch> batches = new ArrayList<>();
        long batchCount = 0;
        long batchPence = 0;
        for (Settler settler : settlers.stream().filter(Settler::hasDetail).toList()) {
            List<UnpaidBatch> unpaid = unpaidBatches(handle, settler, today);
            batchCount += unpaid.size();
            batchPence += unpaid.stream().mapToLong(UnpaidBatch::expectedPence).sum();
            batches.addAll(unpaid);
        }
        batches.sort((a, b) -> a.lastDay().equals(b.lastDay()) ? Long.compare(a.statementId(), b.statementId())
                : a.lastDay().compareTo(b.lastDay()));
        return new Leftovers(today, proposals, lines, lineTotals[0], lineTotals[1],
                batches.subList(0, Math.min(limit, batches.size())), batchCount, batchPence, differences);
    }

    static List<MatchView> matches(Handle handle, int limit) {
        return handle.createQuery(MATCH_COLUMNS + " ORDER BY m.id DESC LIMIT :limit").bind("limit", limit)
                .map((rs, ctx) -> match(rs)).list();
    }

    /** The settler's batches that no match in force pays, with what their settlement should be. */
    private static List<UnpaidBatch> unpaidBatches(Handle handle, Settler settler, LocalDate today) {
        return handle.createQuery("""
                SELECT s.id, i.file_name, max(r.value_date) AS last_day, count(*) FILTER (WHERE r.kind <> 'FEE'),
                       CAST(sum(r.amount_pence) AS BIGINT) AS net,
                       CASE WHEN bool_or(r.kind = 'FEE') THEN 0 ELSE CAST((sum(CASE WHEN r.kind <> 'FEE'
                           AND r.amount_pence > 0 THEN r.amount_pence ELSE 0 END) * :basisPoints + 5000) // 10000
                           AS BIGINT) END AS fee
                FROM statements s JOIN imports i ON i.id = s.import_id JOIN receipts r ON r.statement_id = s.id
                WHERE i.status = 'STORED' AND i.format_id = :format AND s.account = :account
                  AND s.id NOT IN (SELECT statement_id FROM live_settlement_lines WHERE role = 'DETAIL')
                GROUP BY s.id, i.file_name
                ORDER BY last_day, s.id""")
                .bind("format", settler.detailFormat()).bind("account", settler.detailAccount())
                .bind("basisPoints", settler.feeBasisPoints())
                .map((rs, ctx) -> {
                    LocalDate last = rs.getObject("last_day", LocalDate.class);
                    return new UnpaidBatch(rs.getLong(1), settler.id(), rs.getString(2), last, rs.getLong(4),
                            rs.getLong("net"), rs.getLong("net") - rs.getLong("fee"),
                            java.time.temporal.ChronoUnit.DAYS.between(last, today));
                }).list();
    }

    /** Which settler a receipt {@code r} is, by the bank patterns in order; empty when none. */
    private static String settlerCase(List<Settler> settlers) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < settlers.size(); i++) {
            sql.append(" WHEN regexp_full_match(r.reference, :pattern").append(i).append(", 'i')");
            if (settlers.get(i).hasReversals()) {
                sql.append(" OR regexp_full_match(r.reference, :reversal").append(i).append(", 'i')");
            }
            sql.append(" THEN :settler").append(i);
        }
        return sql.append(" ELSE '' END").toString();
    }

    private static Query bindSettlers(Query query, List<Settler> settlers) {
        for (int i = 0; i < settlers.size(); i++) {
            Settler settler = settlers.get(i);
            query.bind("pattern" + i, settler.bankPattern()).bind("settler" + i, settler.id());
            if (settler.hasReversals()) {
                query.bind("reversal" + i, settler.reversalPattern());
            }
        }
        return query;
    }

    private static MatchView match(ResultSet rs) throws SQLException {
        return new MatchView(rs.getLong("id"), rs.getString("settler"), rs.getString("shape"), rs.getString("method"),
                rs.getLong("bank_pence"), rs.getLong("detail_pence"), rs.getLong("fee_pence"),
                rs.getLong("difference_pence"), rs.getString("made_by"), Timestamps.instant(rs, "made_at"),
                rs.getString("reason"), split(rs.getString("bank_lines")), split(rs.getString("batches")));
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(" \\| "));
    }
}
