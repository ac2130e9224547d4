package org.coffer.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each audit entry carries the hash of the one before, so an edited row no longer matches its hash. */
class AuditChainTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-26T01:30:00.123456789Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        AuditLog log = new AuditLog(CLOCK);
        database.jdbi().useTransaction(h -> {
            log.append(h, "cli:ann", "IMPORT", "import 1", null, "{\"file\":\"a.sta\"}");
            log.append(h, "web:bob", "ALLOCATE", "receipt 7", "{\"fund\":\"SUSP\"}", "{\"fund\":\"CTAX\"}");
            log.append(h, "web:bob", "ACCEPT", "import 2", null, null);
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() {
        List<Entry> entries = entries();

        assertThat(entries).extracting(Entry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previous()).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).previous()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previous()).isEqualTo(entries.get(1).hash());
        assertThat(entries).extracting(Entry::hash).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void storedEntriesRecomputeToTheirHashes() {
        assertThat(entries()).allSatisfy(entry -> assertThat(entry.recomputed()).isEqualTo(entry.hash()));
        assertThat(entries().get(0).at()).isEqualTo(Instant.parse("2025-10-26T01:30:00.123456Z"));
    }

    @Test
    void anEditedFieldNoLongerMatchesItsHash() {
        database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET subject = 'receipt 8' WHERE seq = 2"));

        List<Entry> entries = entries();

        assertThat(entries.get(1).recomputed()).isNotEqualTo(entries.get(1).hash());
        assertThat(entries.get(0).recomputed()).isEqualTo(entries.get(0).hash());
    }

    private List<Entry> entries() {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT seq, logged_at, actor, action, subject, before, after, prev_hash, hash
                        FROM audit_log ORDER BY seq""")
                .map((rs, ctx) -> new Entry(rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)))
                .list());
    }

    private record Entry(long seq, Instant at, String actor, String action, String subject, String before,
            String after, String previous, String hash) {

        String recomputed() {
            return AuditLog.hash(seq, at, actor, action, subject, before, after, previous);
        }
    }
}
