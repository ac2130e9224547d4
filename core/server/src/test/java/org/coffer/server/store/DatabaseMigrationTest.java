package org.coffer.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    private static final List<String> FOUNDATION_TABLES =
            List.of("api_tokens", "audit_log", "imports", "postings", "receipts", "schema_version", "statements",
                    "users");

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsEveryMigrationInOrderInANewFolder() {
        Path file = dir.resolve("nested/folder/coffer.duckdb");

        try (Database database = Database.open(file)) {
            assertThat(tables(database)).containsAll(FOUNDATION_TABLES);
            assertThat(versions(database)).containsExactlyElementsOf(indexedScripts());
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
            assertThat(versions(database)).containsExactlyElementsOf(indexedScripts());
            List<String> subjects = database.jdbi().withHandle(h -> h.createQuery("SELECT subject FROM audit_log")
                    .mapTo(String.class).list());
            assertThat(subjects).containsExactly("kept");
        }
    }

    /** The scripts the migrations index lists, numbered as they are applied: {@code 1 V001__foundation.sql}. */
    private static List<String> indexedScripts() {
        List<String> scripts = new ArrayList<>();
        try (BufferedReader index = new BufferedReader(new InputStreamReader(
                Migrations.class.getResourceAsStream("migrations/index.txt"), StandardCharsets.UTF_8))) {
            for (String line = index.readLine(); line != null; line = index.readLine()) {
                if (!line.isBlank()) {
                    scripts.add((scripts.size() + 1) + " " + line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(scripts).as("the index lists the foundation first").startsWith("1 V001__foundation.sql");
        return scripts;
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
