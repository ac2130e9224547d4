package org.coffer.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.coffer.sampledata.DemoCouncil;
import org.coffer.server.Coffer;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.ImportRequest;
import org.coffer.server.users.Role;

/** A Coffer of the demo council over a fresh database in a folder, with the installation's real plugins. */
final class TestCoffer implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), ZoneId.of("Europe/London"));
    static final String ACTOR = "cli:tester";
    /** Long, uncommon and free of the user's name: what the password policy asks for. */
    static final String PASSWORD = "Quartz-ledger-Fernley-2026!";

    private final Coffer coffer;

    private TestCoffer(Coffer coffer) {
        this.coffer = coffer;
    }

    static TestCoffer open(Path folder) throws IOException {
        return new TestCoffer(Coffer.open(config(folder), CLOCK));
    }

    /** The configuration of a folder: council, plugins and database inside it, created on first use. */
    static CofferConfig config(Path folder) throws IOException {
        Path council = folder.resolve("council");
        if (!council.toFile().exists()) {
            DemoCouncil.load().writeTo(council);
            Installation.copyPlugins(folder.resolve("plugins"));
        }
        return new CofferConfig(folder.resolve("coffer.duckdb"), folder.resolve("plugins"), Optional.of(council),
                "127.0.0.1", 0);
    }

    Coffer coffer() {
        return coffer;
    }

    ImportOutcome importFile(Path file) {
        return coffer.imports().importFile(ImportRequest.of(file, ACTOR));
    }

    /** Adds a user who signs in with {@link #PASSWORD}; no funds means every fund. */
    void addUser(String name, Role role, String... funds) {
        coffer.users().add(ACTOR, name, role, Set.of(funds), PASSWORD.toCharArray());
    }

    /** Issues an API token and returns its secret. */
    String issueToken(String name, Role role, String... funds) {
        return coffer.users().issueToken(ACTOR, name, role, Set.of(funds)).secret();
    }

    long count(String table) {
        return coffer.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                .mapTo(Long.class).one());
    }

    long sum(String sql) {
        return coffer.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        coffer.close();
    }
}
