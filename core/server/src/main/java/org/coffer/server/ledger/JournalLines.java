package org.coffer.server.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LineRole;
import org.coffer.server.config.Fund;
import org.jdbi.v3.core.Handle;

/**
 * The lines of one journal, worked out in SQL from a run's postings and the codes recorded with it, and streamed:
 * BANK (the money on the account), then INCOME (net of VAT) and SUSPENSE per fund or per posting, then VAT per
 * VAT code. A positive sum debits the bank and credits the others; a negative one the other way round. VAT is
 * {@code inclusive x rate / (100 + rate)} rounded half up (away from zero) per posting, so that a summary and a
 * detailed export of the same postings carry the same VAT, and a reversed posting exactly undoes its VAT.
 */
final class JournalLines {

    /** Which postings a journal holds: one bank account, one financial period, of one run. */
    record Key(long run, String bankAccount, int financialYear, int period) {
    }

    private static final String SQL = """
            WITH p AS (
                SELECT p.id, p.receipt_id, p.fund_code, p.account_reference, p.amount_pence, p.effective_date,
                       f.ledger_code, f.cost_centre, f.dimensions, f.vat_code, f.vat_ledger_code,
                       b.ledger_code AS bank_ledger_code,
                       CASE WHEN f.vat_rate_bp = 0 THEN CAST(0 AS BIGINT)
                            ELSE CAST(sign(p.amount_pence) AS BIGINT)
                                 * ((abs(p.amount_pence) * f.vat_rate_bp * 2 + 10000 + f.vat_rate_bp)
                                    // (2 * (10000 + f.vat_rate_bp))) END AS vat_pence
                FROM export_postings e
                JOIN postings p ON p.id = e.posting_id
                JOIN export_fund_codes f ON f.run_number = e.run_number AND f.fund_code = p.fund_code
                JOIN export_bank_codes b ON b.run_number = e.run_number AND b.bank_account = p.bank_account
                WHERE e.run_number = :run AND p.bank_account = :bank AND p.financial_year = :year
                  AND p.period = :period
            ), lines AS (
                SELECT 1 AS section, 'BANK' AS role, bank_ledger_code AS ledger_code, '' AS cost_centre,
                       CAST(sum(amount_pence) AS BIGINT) AS signed, '' AS vat_code, '' AS fund_code,
                       '' AS dimensions, '' AS account_reference, CAST(NULL AS BIGINT) AS receipt_id,
                       CAST(NULL AS DATE) AS effective_date, count(*) AS receipts, '' AS sort_key,
                       CAST(0 AS BIGINT) AS sort_id
                FROM p GROUP BY bank_ledger_code
                UNION ALL
                SELECT 2, CASE WHEN fund_code = :suspense THEN 'SUSPENSE' ELSE 'INCOME' END, ledger_code,
                       cost_centre, -CAST(sum(amount_pence - vat_pence) AS BIGINT), vat_code, fund_code, dimensions,
                       '', NULL, NULL, count(*), fund_code, 0
                FROM p WHERE NOT :detail GROUP BY fund_code, ledger_code, cost_centre, vat_code, dimensions
                UNION ALL
                SELECT 2, CASE WHEN fund_code = :suspense THEN 'SUSPENSE' ELSE 'INCOME' END, ledger_code,
                       cost_centre, -(amount_pence - vat_pence), vat_code, fund_code, dimensions, account_reference,
                       receipt_id, effective_date, 1, fund_code, id
                FROM p WHERE :detail
                UNION ALL
                SELECT 3, 'VAT', vat_ledger_code, '', -CAST(sum(vat_pence) AS BIGINT), vat_code, '', '', '', NULL,
                       NULL, count(*), vat_code, 0
                FROM p WHERE vat_pence <> 0 GROUP BY vat_code, vat_ledger_code
            )
            SELECT row_number() OVER (ORDER BY section, sort_key, effective_date, sort_id) AS number, role,
                   ledger_code, cost_centre, signed * :sign AS signed, vat_code, fund_code, dimensions,
                   account_reference, receipt_id, effective_date, receipts
            FROM lines WHERE signed <> 0
            ORDER BY number""";

    private JournalLines() {
    }

    /**
     * Streams the lines of the postings {@code key} names; {@code reversal} swaps every debit and credit. The
     * caller closes the stream.
     */
    static Stream<JournalLine> stream(Handle handle, Key key, boolean detail, boolean reversal,
            LocalDate journalDate) {
        return handle.createQuery(SQL)
                .bind("run", key.run()).bind("bank", key.bankAccount()).bind("year", key.financialYear())
                .bind("period", key.period()).bind("detail", detail).bind("sign", reversal ? -1 : 1)
                .bind("suspense", Fund.SUSPENSE)
                .map((rs, ctx) -> line(rs, key, journalDate))
                .stream();
    }

    private static JournalLine line(ResultSet rs, Key key, LocalDate journalDate) throws SQLException {
        long signed = rs.getLong("signed");
        LineRole role = LineRole.valueOf(rs.getString("role"));
        long receipt = rs.getLong("receipt_id");
        OptionalLong receiptId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(receipt);
        LocalDate effective = rs.getObject("effective_date", LocalDate.class);
        String fund = rs.getString("fund_code");
        String reference = rs.getString("account_reference");
        return new JournalLine(rs.getLong("number"), role, rs.getString("ledger_code"), rs.getString("cost_centre"),
                Math.max(signed, 0), Math.max(-signed, 0), rs.getString("vat_code"),
                narrative(role, key, fund, rs.getString("vat_code"), reference, receiptId), fund, reference,
                effective == null ? journalDate : effective, rs.getLong("receipts"), receiptId,
                dimensions(rs.getString("dimensions")));
    }

    private static String narrative(LineRole role, Key key, String fund, String vatCode, String reference,
            OptionalLong receiptId) {
        return switch (role) {
            case BANK -> "Income banked in " + key.bankAccount();
            case VAT -> "VAT " + vatCode;
            case INCOME, SUSPENSE -> receiptId.isPresent()
                    ? fund + " " + (reference.isEmpty() ? "receipt " + receiptId.getAsLong() : reference)
                    : fund + " income";
        };
    }

    private static Map<String, String> dimensions(String text) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (String pair : text.isEmpty() ? new String[0] : text.split(";")) {
            int equals = pair.indexOf('=');
            dimensions.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return dimensions;
    }
}
