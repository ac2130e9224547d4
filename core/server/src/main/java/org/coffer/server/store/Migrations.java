package org.coffer.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coffer.server.CofferException;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings the schema up to date from numbered SQL scripts listed in {@code migrations/index.txt}, each applied
 * once, in order, in its own transaction, and recorded in {@code schema_version}.
 */
final class Migrations {

    private static final String DIR = "migrations/";

    private final Jdbi jdbi;

    Migrations(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void apply() {
        jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                + "script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"));
        int current = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(version), 0) FROM schema_version")
                .mapTo(Integer.class).one());
        List<String> scripts = resource("index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = current; i < scripts.size(); i++) {
            int version = i + 1;
            String script = scripts.get(i);
            String sql = resource(script);
            try {
                jdbi.useTransaction(h -> {
                    h.createScript(sql).execute();
                    h.createUpdate("INSERT INTO schema_version (version, script) VALUES (:version, :script)")
                            .bind("version", version).bind("script", script).execute();
                });
            } catch (RuntimeException e) {
                throw new CofferException(StoreErrorCode.STORE_MIGRATION_FAILED,
                        "schema migration " + script + " failed: " + e.getMessage(), List.of(), e);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("migration resource " + DIR + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
