package org.coffer.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    private static final List<String> TABLES =
            List.of("api_tokens", "audit_log", "imports", "postings", "receipts", "schema_version", "statements",
                    "users", "settlement_matches", "settlement_match_lines");

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheWholeSchemaInANewFolder() {
        Path file = dir.resolve("nested/folder/coffer.duckdb");

        try (Database database = Database.open(file)) {
            assertThat(tables(database)).containsAll(TABLES);
            assertThat(versions(database)).containsExactly("1 V001__foundation.sql", "2 V002__users.sql", "3 V003__receipt_search.sql",
                    "4 V006__reconciliation.sql");
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void reopeningAFileKeepsItsDataAndAppliesNoMigrationTwice() {
        Path file = dir.resolve("coffer.duckdb");
        try (Database database = Database.open(file)) {
            database.jdbi().useHandle(h -> h.execute("INSERT INTO audit_log VALUES "
                    + "(1, TIMESTAMP '2025-04-01 09:00:00', 'cli:ann', 'TEST', 'kept', NULL, NULL, 'p', 'h')"));
        }

        try (Database database = Database.open(file)) {
            assertThat(versions(database)).containsExactly("1 V001__foundation.sql", "2 V002__users.sql", "3 V003__receipt_search.sql",
                    "4 V006__reconciliation.sql");
            List<String> subjects = database.jdbi().withHandle(h -> h.createQuery("SELECT subject FROM audit_log")
                    .mapTo(String.class).list());
            assertThat(subjects).containsExactly("kept");
        }
    }

    private static List<String> tables(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT table_name FROM information_schema.tables")
                .mapTo(String.class).list());
    }

    private static List<String> versions(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT version || ' ' || script FROM schema_version ORDER BY version")
                .mapTo(String.class).list());
    }
}
