package org.coffer.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load leaves a core to the thread producing its rows, and gives DuckDB its threads back however it ends. */
class BulkWriteTest {

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE loaded (n INTEGER)"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void loadsOnEveryCoreButOneAndGivesTheThreadsBack() {
        long before = threads();

        long during = database.bulkWrite(handle -> {
            handle.execute("INSERT INTO loaded VALUES (1)");
            return threads(handle);
        });

        assertThat(during).isEqualTo(Math.max(1, Math.min(before, Runtime.getRuntime().availableProcessors() - 1)));
        assertThat(threads()).isEqualTo(before);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aFailedLoadKeepsNothingAndGivesTheThreadsBack() {
        long before = threads();

        assertThatThrownBy(() -> database.bulkWrite(handle -> {
            handle.execute("INSERT INTO loaded VALUES (1)");
            throw new IllegalStateException("the file was refused");
        })).hasMessage("the file was refused");

        assertThat(threads()).isEqualTo(before);
        assertThat(count()).isZero();
    }

    private long threads() {
        return database.jdbi().withHandle(BulkWriteTest::threads);
    }

    private static long threads(Handle handle) {
        return handle.createQuery("SELECT current_setting('threads')").mapTo(Long.class).one();
    }

    private long count() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM loaded")
                .mapTo(Long.class).one());
    }
}
