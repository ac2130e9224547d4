package org.coffer.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-26T01:30:00.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        AuditLog log = new AuditLog(CLOCK);
        database.jdbi().useTransaction(h -> {
            for (int i = 1; i <= 20; i++) {
                log.append(h, "cli:ann", "TEST", "thing " + i, i % 2 == 0 ? null : "{\"n\":" + i + "}", null);
            }
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anIntactChainPasses() {
        assertThat(verify()).isEqualTo(new AuditVerifier.Result(20, java.util.Optional.empty()));
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEmptyLogIsIntact() {
        database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log"));

        assertThat(verify()).isEqualTo(new AuditVerifier.Result(0, java.util.Optional.empty()));
    }

    @Test
    void anEditedRowIsFound() {
        database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET subject = 'thing 99' WHERE seq = 17"));

        AuditVerifier.Result result = verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("entry 17: its hash does not match its contents");
        assertThat(result.checked()).isEqualTo(17);
    }

    @Test
    void aNullTurnedIntoTextIsFound() {
        database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET before = 'null' WHERE seq = 4"));

        assertThat(verify().problem()).contains("entry 4: its hash does not match its contents");
    }

    @Test
    void aDeletedRowIsFound() {
        database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 17"));

        assertThat(verify().problem()).contains("entry 18 follows entry 16: entry 17 is missing");
    }

    @Test
    void deletedRowsAtTheStartAreFound() {
        database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq <= 3"));

        assertThat(verify().problem()).contains("entry 4 is the first: entries 1 to 3 are missing");
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        database.jdbi().useHandle(h -> {
            AuditEntry entry = h.createQuery("SELECT " + AuditQueries.COLUMNS + " FROM audit_log WHERE seq = 5")
                    .map((rs, ctx) -> AuditQueries.entry(rs)).one();
            String forged = AuditLog.hash(5, entry.at(), entry.actor(), entry.action(), "forged", entry.before(),
                    entry.after(), entry.prevHash());
            h.createUpdate("UPDATE audit_log SET subject = 'forged', hash = :hash WHERE seq = 5")
                    .bind("hash", forged).execute();
        });

        assertThat(verify().problem()).contains("entry 6: it does not carry the hash of entry 5");
    }

    @Test
    void aRenumberedChainAfterADeletionIsFound() {
        database.jdbi().useHandle(h -> {
            h.execute("DELETE FROM audit_log WHERE seq = 20");
            h.execute("DELETE FROM audit_log WHERE seq = 10");
            h.execute("INSERT INTO audit_log SELECT 10, logged_at, actor, action, subject, before, after, prev_hash, "
                    + "hash FROM audit_log WHERE seq = 11");
        });

        assertThat(verify().problem()).contains("entry 10: its hash does not match its contents");
    }

    private AuditVerifier.Result verify() {
        return database.jdbi().withHandle(AuditVerifier::verify);
    }
}
