package org.coffer.server.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.server.allocation.Allocation;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.ledger.OpenPeriods;
import org.jdbi.v3.core.Handle;

/**
 * Stages an import's receipts, each with its allocation, in CSV chunks beside the database as the file is read, and
 * loads each full chunk into receipts and postings with {@code INSERT ... SELECT} on a second thread while reading
 * goes on, inside the import's transaction. DuckDB reads CSV many times faster than Java can append rows one value
 * at a time, and nothing reaches the tables unless the import commits.
 */
final class ReceiptStaging implements ReceiptStore, AutoCloseable {

    /** Large enough that each load is efficient, small enough that reading and loading overlap. */
    static final int CHUNK_LINES = 200_000;

    /** The columns a line that is not posted leaves missing: posting id to period. */
    private static final int POSTING_COLUMNS = 7;
    private static final String COLUMNS = """
            {'id': 'BIGINT', 'statement_id': 'BIGINT', 'source_line': 'BIGINT', 'source_element': 'VARCHAR',
             'value_date': 'DATE', 'booking_date': 'DATE', 'amount_pence': 'BIGINT', 'currency': 'VARCHAR',
             'kind': 'VARCHAR', 'channel': 'VARCHAR', 'bank_account': 'VARCHAR', 'reference': 'VARCHAR',
             'narrative': 'VARCHAR', 'counterparty': 'VARCHAR', 'bank_reference': 'VARCHAR',
             'transaction_code': 'VARCHAR', 'posting_id': 'BIGINT', 'fund_code': 'VARCHAR',
             'account_reference': 'VARCHAR', 'reason': 'VARCHAR', 'effective_date': 'DATE',
             'financial_year': 'INTEGER', 'period': 'INTEGER'}""";

    private final Path folder;
    private final String prefix;
    private final Handle handle;
    private final ChunkLoad load;
    private final OpenPeriods periods;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "coffer-import-loader");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> loads = new ArrayList<>();
    private final List<Path> chunks = new ArrayList<>();
    private StagingCsvWriter out;
    private int linesInChunk;
    private long nextReceiptId;
    private long nextPostingId;

    /**
     * @param database the database file, beside which the chunks are written
     * @param handle the import's handle, used only by the loading thread until {@link #finish()} returns
     * @param periods the periods open now: a line dated in a closed one is posted in the first open one after it
     */
    ReceiptStaging(Path database, Handle handle, long importId, long firstReceiptId, long firstPostingId,
            String actor, Instant now, OpenPeriods periods) throws IOException {
        Path absolute = database.toAbsolutePath();
        this.folder = absolute.getParent();
        this.prefix = absolute.getFileName() + ".import-";
        this.handle = handle;
        this.load = new ChunkLoad(importId, actor, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        this.nextReceiptId = firstReceiptId;
        this.nextPostingId = firstPostingId;
        this.periods = periods;
        startChunk();
    }

    /** Stages one receipt, and its posting when {@code allocation} is given. */
    @Override
    public void write(long statementId, String bankAccount, StatementLine line, LineKind kind, Allocation allocation)
            throws IOException {
        out.number(nextReceiptId++);
        out.number(statementId);
        if (line.location().line() > 0) {
            out.number(line.location().line());
        } else {
            out.missing();
        }
        out.text(line.location().element());
        out.date(line.valueDate());
        if (line.bookingDate().isPresent()) {
            out.date(line.bookingDate().get());
        } else {
            out.missing();
        }
        out.number(line.signedPence());
        out.text(line.amount().currency());
        out.text(kind.name());
        out.text(line.channel().name());
        out.text(bankAccount);
        out.text(line.reference());
        out.text(line.narrative());
        out.text(line.counterparty());
        out.text(line.bankReference());
        out.text(line.transactionCode());
        if (allocation == null) {
            for (int i = 0; i < POSTING_COLUMNS; i++) {
                out.missing();
            }
        } else {
            LocalDate effective = periods.postingDate(line.valueDate());
            FinancialPeriod period = FinancialPeriod.of(effective);
            out.number(nextPostingId++);
            out.text(allocation.fundCode());
            out.text(allocation.accountReference());
            out.text(allocation.reason());
            out.date(effective);
            out.number(period.year());
            out.number(period.period());
        }
        out.endRow();
        if (++linesInChunk == CHUNK_LINES) {
            loadChunk();
            startChunk();
        }
    }

    /** Loads the last chunk and waits until every chunk is in the tables (uncommitted, in the transaction). */
    void finish() throws IOException {
        loadChunk();
        out = null;
        for (Future<?> chunk : loads) {
            try {
                chunk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while storing the receipts", e);
            } catch (ExecutionException e) {
                throw new IOException("storing the receipts failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private void startChunk() throws IOException {
        Path chunk = folder.resolve(prefix + chunks.size() + ".csv");
        chunks.add(chunk);
        out = new StagingCsvWriter(chunk);
        linesInChunk = 0;
    }

    private void loadChunk() throws IOException {
        out.close();
        if (linesInChunk > 0) {
            Path chunk = chunks.get(chunks.size() - 1);
            loads.add(loader.submit(() -> load.into(handle, chunk)));
        }
    }

    /** Stops loading (a refused import rolls back what was loaded) and deletes the chunks. */
    @Override
    public void close() {
        loader.shutdownNow();
        try {
            if (out != null) {
                out.close();
            }
            if (!loader.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the loading thread did not stop");
            }
            for (Path chunk : chunks) {
                Files.deleteIfExists(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging files in " + folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a payment enquiry searches; the same expression as migration V003. */
    static final String SEARCH_KEY = "regexp_replace(upper(reference), '[[:space:]/-]', '', 'g') || '|' || "
            + "regexp_replace(upper(narrative), '[[:space:]/-]', '', 'g')";

    /**
     * The statements that move one chunk into receipts and postings: the CSV is parsed once, into a temporary table
     * of the import's connection, and both tables are filled from that.
     */
    private record ChunkLoad(long importId, String actor, LocalDateTime madeAt) {

        void into(Handle handle, Path chunk) {
            handle.execute("CREATE OR REPLACE TEMPORARY TABLE import_chunk AS SELECT * FROM read_csv('"
                    + chunk.toString().replace("'", "''") + "', " + StagingCsvWriter.READ_OPTIONS
                    + ", columns = " + COLUMNS + ")");
            handle.createUpdate("""
                            INSERT INTO receipts
                            SELECT id, :importId, statement_id, source_line, source_element, value_date,
                                   booking_date, amount_pence, currency, kind, channel, bank_account, reference,
                                   narrative, counterparty, bank_reference, transaction_code,\s""" + SEARCH_KEY + """
                            FROM import_chunk""")
                    .bind("importId", importId)
                    .execute();
            handle.createUpdate("""
                            INSERT INTO postings
                            SELECT posting_id, id, fund_code, account_reference, amount_pence, currency, effective_date,
                                   financial_year, period, channel, bank_account, :actor, :madeAt, reason, NULL
                            FROM import_chunk WHERE posting_id IS NOT NULL""")
                    .bind("actor", actor).bind("madeAt", madeAt)
                    .execute();
            handle.execute("DROP TABLE import_chunk");
        }
    }
}
