package org.coffer.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.coffer.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditQueriesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    private Database database;
    private AuditQueries queries;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        queries = new AuditQueries(database);
        // 23:30 UTC on 30 June is already 1 July in London.
        append("2025-06-30T22:30:00Z", "ann", "user.added", "user bob");
        append("2025-06-30T23:30:00Z", "bob", "login.succeeded", "user bob");
        append("2025-07-01T12:00:00Z", "bob", "login.failed", "user bob");
        append("2025-07-02T23:30:00Z", "token:sched", "import.stored", "import 1");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everythingComesNewestFirst() {
        assertThat(find(AuditFilter.newest(LONDON))).extracting(AuditEntry::seq).containsExactly(4L, 3L, 2L, 1L);
        assertThat(find(AuditFilter.newest(LONDON)).get(3))
                .isEqualTo(new AuditEntry(1, Instant.parse("2025-06-30T22:30:00Z"), "ann", "user.added", "user bob",
                        null, null, AuditLog.GENESIS, find(AuditFilter.newest(LONDON)).get(3).hash()));
    }

    @Test
    void filtersByActorActionPrefixAndLimit() {
        assertThat(find(AuditFilter.newest(LONDON).withActor("bob"))).extracting(AuditEntry::seq)
                .containsExactly(3L, 2L);
        assertThat(find(AuditFilter.newest(LONDON).withActionPrefix("login."))).extracting(AuditEntry::seq)
                .containsExactly(3L, 2L);
        assertThat(find(AuditFilter.newest(LONDON).withActionPrefix("login%"))).isEmpty();
        assertThat(find(AuditFilter.newest(LONDON).withLimit(1))).extracting(AuditEntry::seq)
                .containsExactly(4L);
    }

    @Test
    void daysAreInclusiveAndReadInTheGivenZone() {
        LocalDate day = LocalDate.of(2025, 7, 1);
        AuditFilter july1 = AuditFilter.newest(LONDON).withFrom(day).withTo(day);

        assertThat(find(july1)).extracting(AuditEntry::seq).containsExactly(3L, 2L);
        assertThat(find(AuditFilter.newest(ZoneOffset.UTC).withFrom(LocalDate.of(2025, 7, 1))
                .withTo(LocalDate.of(2025, 7, 1)))).extracting(AuditEntry::seq).containsExactly(3L);
        assertThat(find(AuditFilter.newest(LONDON).withFrom(LocalDate.of(2025, 7, 3))))
                .extracting(AuditEntry::seq).containsExactly(4L);
    }

    private List<AuditEntry> find(AuditFilter filter) {
        return queries.find(filter);
    }

    private void append(String at, String actor, String action, String subject) {
        AuditLog log = new AuditLog(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
        database.jdbi().useTransaction(h -> log.append(h, actor, action, subject, null, null));
    }
}
