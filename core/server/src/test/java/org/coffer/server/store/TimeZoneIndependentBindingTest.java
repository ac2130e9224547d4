package org.coffer.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and instants are stored as written, whatever zone the JVM runs in. The values fall in local-time gaps:
 * 2018-11-04 had no midnight in São Paulo, and 02:30 on 2025-03-09 did not exist in St John's.
 */
class TimeZoneIndependentBindingTest {

    private static final LocalDate DATE = LocalDate.of(2018, 11, 4);
    private static final Instant INSTANT = Instant.parse("2025-03-09T02:30:00.123456Z");

    private final TimeZone original = TimeZone.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/St_Johns", "America/Sao_Paulo", "Pacific/Kiritimati", "Pacific/Pago_Pago"})
    void aDateAndAnInstantReadBackExactly(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try (Database database = Database.open(dir.resolve("coffer.duckdb"))) {
            database.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE moments (d DATE, ts TIMESTAMP)");
                h.createUpdate("INSERT INTO moments VALUES (:d, :ts)").bind("d", DATE).bind("ts", INSTANT).execute();
            });

            String stored = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT CAST(d AS VARCHAR) || ' ' || CAST(ts AS VARCHAR) FROM moments").mapTo(String.class).one());
            LocalDate date = database.jdbi().withHandle(h -> h.createQuery("SELECT d FROM moments")
                    .map((rs, ctx) -> rs.getObject(1, LocalDate.class)).one());
            Instant instant = database.jdbi().withHandle(h -> h.createQuery("SELECT ts FROM moments")
                    .map((rs, ctx) -> rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC)).one());

            assertThat(stored).isEqualTo("2018-11-04 2025-03-09 02:30:00.123456");
            assertThat(date).isEqualTo(DATE);
            assertThat(instant).isEqualTo(INSTANT);
        }
    }
}
