package org.coffer.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.coffer.server.CofferException;
import org.duckdb.DuckDBConnection;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The embedded DuckDB database: one file, one root connection per process, and a JDBI whose handles are
 * duplicates of it (a plain JDBC URL would open a separate database per handle in memory). Migrated on open.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final DuckDBConnection root;
    private final Jdbi jdbi;
    private final ReentrantLock writers = new ReentrantLock(true);
    /** DuckDB's threads as opened, which every bulk write gives back, whatever an earlier one left. */
    private final long threads;

    private Database(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
        this.jdbi = Jdbi.create(root::duplicate);
        jdbi.registerArgument(new LocalDateArgument());
        jdbi.registerArgument(new InstantArgument());
        this.threads = jdbi.withHandle(handle -> handle.createQuery("SELECT current_setting('threads')")
                .mapTo(Long.class).one());
    }

    /** Opens (creating if need be) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            Database database = new Database(file, root);
            new Migrations(database.jdbi).apply();
            // Bulk loads run much faster when DuckDB need not keep rows in file order; every query says its order.
            database.jdbi.useHandle(handle -> handle.execute("SET preserve_insertion_order = false"));
            return database;
        } catch (SQLException e) {
            throw DatabaseLockedException.isLockConflict(e)
                    ? new DatabaseLockedException(file, e)
                    : new CofferException(StoreErrorCode.STORE_UNAVAILABLE,
                            "cannot open the database " + file + ": " + e.getMessage(), List.of(), e);
        } catch (IOException e) {
            throw new CofferException(StoreErrorCode.STORE_UNAVAILABLE,
                    "cannot create the folder for the database " + file + ": " + e.getMessage(), List.of(), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs a writing transaction. Writers take turns: each audit entry must follow the last committed one, and
     * DuckDB would otherwise fail one of two transactions that both appended to the log.
     */
    public <R, X extends Exception> R write(HandleCallback<R, X> transaction) throws X {
        writers.lock();
        try {
            return jdbi.inTransaction(transaction);
        } finally {
            writers.unlock();
        }
    }

    /**
     * Runs a writing transaction that bulk-loads rows a Java thread produces meanwhile, with DuckDB on every core but
     * that thread's. On two cores, imports loading on one DuckDB thread took up to a fifth less CPU than on two, in
     * about the same time (docs/benchmarks.md). The setting is the whole database's, so queries that run meanwhile
     * get the same fewer threads; DuckDB gets them all back when the transaction ends, however it ends.
     */
    public <R, X extends Exception> R bulkWrite(HandleCallback<R, X> transaction) throws X {
        writers.lock();
        try {
            long forLoading = Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors() - 1));
            jdbi.useHandle(handle -> handle.execute("SET threads = " + forLoading));
            try {
                return jdbi.inTransaction(transaction);
            } finally {
                jdbi.useHandle(handle -> handle.execute("SET threads = " + threads));
            }
        } finally {
            writers.unlock();
        }
    }

    /** {@link #write(HandleCallback)} for a transaction that returns nothing. */
    public <X extends Exception> void writeWith(HandleConsumer<X> transaction) throws X {
        write(handle -> {
            transaction.useHandle(handle);
            return null;
        });
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new CofferException(StoreErrorCode.STORE_UNAVAILABLE, "cannot close the database: " + e.getMessage(),
                    List.of(), e);
        }
    }

    /** DuckDB's JDBC driver accepts no DATE target type, so dates are bound without one. */
    private static final class LocalDateArgument extends AbstractArgumentFactory<LocalDate> {
        LocalDateArgument() {
            super(Types.DATE);
        }

        @Override
        protected Argument build(LocalDate value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }

    /** Instants are stored as UTC timestamps, whatever the machine's time zone. */
    private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
        InstantArgument() {
            super(Types.TIMESTAMP);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            LocalDateTime utc = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }
    }
}
