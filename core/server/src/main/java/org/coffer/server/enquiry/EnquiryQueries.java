package org.coffer.server.enquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.store.Database;
import org.coffer.server.store.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * "I paid, where is it?": finds receipts by what the payer remembers and tells each one's story. Only the clauses
 * asked for are added to the query, and values are always bound, never written into the SQL.
 */
public final class EnquiryQueries {


    private final Database database;

    public EnquiryQueries(Database database) {
        this.database = database;
    }

    /**
     * The receipts matching the search, newest first.
     *
     * @param funds the funds the person may see; empty for every fund
     */
    public List<FoundPayment> search(PaymentSearch search, Set<String> funds) {
        StringBuilder where = new StringBuilder("TRUE");
        if (!search.reference().isEmpty()) {
            // search_key holds the reference and narrative compacted as the search is (migration V003).
            where.append(" AND r.search_key LIKE :reference");
        }
        if (!search.name().isEmpty()) {
            where.append(" AND (upper(r.counterparty) LIKE :name OR upper(r.narrative) LIKE :name)");
        }
        search.amountPence().ifPresent(amount -> where.append(" AND abs(r.amount_pence) = :amount"));
        search.from().ifPresent(date -> where.append(" AND r.value_date >= :from"));
        search.to().ifPresent(date -> where.append(" AND r.value_date <= :to"));
        if (!search.bankAccount().isEmpty()) {
            where.append(" AND r.bank_account = :account");
        }
        if (!funds.isEmpty()) {
            where.append(" AND r.id IN (SELECT receipt_id FROM postings WHERE fund_code IN (<funds>))");
        }
        return database.jdbi().withHandle(handle -> {
            Query query = handle.createQuery("WITH found AS (SELECT r.* FROM receipts r WHERE " + where
                    + " ORDER BY r.value_date DESC, r.id DESC LIMIT :limit)"
                    + selectFound("i.file_name") + " ORDER BY f.value_date DESC, f.id DESC");
            bind(query, search, funds);
            return query.map((rs, ctx) -> found(rs)).list();
        });
    }

    /** The receipt's story, or empty when there is none the person may see. */
    public Optional<PaymentHistory> history(long receiptId, Set<String> funds) {
        return database.jdbi().withHandle(handle -> handle.createQuery("WITH found AS (SELECT * FROM receipts "
                        + "WHERE id = :id)" + selectFound("i.file_name, i.imported_by, i.imported_at"))
                .bind("id", receiptId)
                .map((rs, ctx) -> new PaymentHistory(found(rs), rs.getString("kind"), source(rs),
                        rs.getString("transaction_code"), rs.getString("bank_reference"),
                        rs.getString("imported_by"), Timestamps.instant(rs, "imported_at"),
                        postings(handle, receiptId)))
                .findOne()
                .filter(h -> funds.isEmpty() || h.postings().stream().anyMatch(p -> funds.contains(p.fund()))));
    }

    /**
     * The funds on which each found receipt's postings leave money, as one text such as {@code CTAX, SUSP}: only the
     * found receipts' postings are read, never the whole table.
     */
    private static final String FUNDS_OF_FOUND = """
            funds AS (
                SELECT receipt_id, string_agg(fund_code, ', ' ORDER BY fund_code) AS funds FROM (
                    SELECT receipt_id, fund_code FROM postings
                    WHERE receipt_id IN (SELECT id FROM found)
                    GROUP BY receipt_id, fund_code HAVING sum(amount_pence) <> 0)
                GROUP BY receipt_id)
            """;

    /** The found receipts with the import columns asked for and their funds; follows a {@code found} CTE. */
    private static String selectFound(String importColumns) {
        return ", " + FUNDS_OF_FOUND + "SELECT f.*, " + importColumns + ", coalesce(funds.funds, '') AS funds"
                + " FROM found f JOIN imports i ON i.id = f.import_id LEFT JOIN funds ON funds.receipt_id = f.id";
    }

    private static List<PaymentHistory.Posting> postings(Handle handle, long receiptId) {
        return handle.createQuery("""
                        SELECT id, fund_code, account_reference, amount_pence, effective_date, financial_year, period,
                               made_by, made_at, reason, reverses
                        FROM postings WHERE receipt_id = :id ORDER BY id""")
                .bind("id", receiptId)
                .map((rs, ctx) -> new PaymentHistory.Posting(rs.getLong("id"), rs.getString("fund_code"),
                        rs.getString("account_reference"), rs.getLong("amount_pence"),
                        rs.getObject("effective_date", LocalDate.class),
                        new FinancialPeriod(rs.getInt("financial_year"), rs.getInt("period")).yearLabel()
                                + " period " + rs.getInt("period"),
                        rs.getString("made_by"), Timestamps.instant(rs, "made_at"), rs.getString("reason"),
                        (Long) rs.getObject("reverses")))
                .list();
    }

    private static void bind(Query query, PaymentSearch search, Set<String> funds) {
        query.bind("limit", search.limit());
        if (!search.reference().isEmpty()) {
            query.bind("reference", "%" + search.reference() + "%");
        }
        if (!search.name().isEmpty()) {
            query.bind("name", "%" + search.name() + "%");
        }
        search.amountPence().ifPresent(amount -> query.bind("amount", amount));
        search.from().ifPresent(date -> query.bind("from", date));
        search.to().ifPresent(date -> query.bind("to", date));
        if (!search.bankAccount().isEmpty()) {
            query.bind("account", search.bankAccount());
        }
        if (!funds.isEmpty()) {
            query.bindList("funds", List.copyOf(funds));
        }
    }

    private static FoundPayment found(ResultSet rs) throws SQLException {
        return new FoundPayment(rs.getLong("id"), rs.getObject("value_date", LocalDate.class),
                rs.getLong("amount_pence"), rs.getString("currency"), rs.getString("channel"),
                rs.getString("bank_account"), rs.getString("reference"), rs.getString("counterparty"),
                rs.getString("narrative"), rs.getString("file_name"), rs.getLong("import_id"), rs.getString("funds"));
    }

    private static String source(ResultSet rs) throws SQLException {
        long line = rs.getLong("source_line");
        String element = rs.getString("source_element");
        String where = element != null ? "element " + element : "line " + line;
        return rs.getString("file_name") + ", " + where;
    }
}
