package org.coffer.server.imports;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.server.allocation.Allocation;
import org.coffer.server.allocation.FinancialPeriod;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk-writes receipts and their postings through DuckDB appenders on the import's own connection, so that they
 * are part of its transaction: they land with the import or not at all.
 */
final class ReceiptWriter implements AutoCloseable {

    private final DuckDBAppender receipts;
    private final DuckDBAppender postings;
    private final long importId;
    private final String actor;
    private final LocalDateTime madeAt;
    private long nextReceiptId;
    private long nextPostingId;

    ReceiptWriter(DuckDBConnection connection, long importId, long firstReceiptId, long firstPostingId, String actor,
            Instant now) throws SQLException {
        this.receipts = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "receipts");
        this.postings = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "postings");
        this.importId = importId;
        this.nextReceiptId = firstReceiptId;
        this.nextPostingId = firstPostingId;
        this.actor = actor;
        this.madeAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Income kinds are posted; settlements, fees and other bank lines are kept as evidence, not income. */
    static boolean isPosted(LineKind kind) {
        return kind == LineKind.PAYMENT || kind == LineKind.REVERSAL;
    }

    void write(long statementId, String bankAccount, StatementLine line, Allocation allocation) throws SQLException {
        long receiptId = nextReceiptId++;
        receipts.beginRow()
                .append(receiptId).append(importId).append(statementId);
        if (line.location().line() > 0) {
            receipts.append(line.location().line());
        } else {
            receipts.appendNull();
        }
        appendNullable(receipts, line.location().element());
        receipts.append(line.valueDate());
        if (line.bookingDate().isPresent()) {
            receipts.append(line.bookingDate().get());
        } else {
            receipts.appendNull();
        }
        receipts.append(line.signedPence()).append(line.amount().currency())
                .append(line.kind().name()).append(line.channel().name()).append(bankAccount)
                .append(line.reference()).append(line.narrative()).append(line.counterparty())
                .append(line.bankReference()).append(line.transactionCode())
                .endRow();
        if (allocation != null) {
            post(receiptId, bankAccount, line, allocation);
        }
    }

    private void post(long receiptId, String bankAccount, StatementLine line, Allocation allocation)
            throws SQLException {
        FinancialPeriod period = FinancialPeriod.of(line.valueDate());
        postings.beginRow()
                .append(nextPostingId++).append(receiptId).append(allocation.fundCode())
                .append(allocation.accountReference()).append(line.signedPence()).append(line.amount().currency())
                .append(line.valueDate()).append(period.year()).append(period.period())
                .append(line.channel().name()).append(bankAccount).append(actor).append(madeAt)
                .append(allocation.reason()).appendNull()
                .endRow();
    }

    private static void appendNullable(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            receipts.close();
        } finally {
            postings.close();
        }
    }
}
