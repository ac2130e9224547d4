package org.coffer.server.suspense;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coffer.server.config.TestingCouncil;
import org.coffer.server.store.Database;
import org.coffer.server.users.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's figures: open by age band, time to clear, cleared per person per day. */
class SuspenseFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @TempDir
    Path dir;

    private final TestingClock clock = new TestingClock(Instant.parse("2026-06-10T09:00:00Z"),
            ZoneId.of("Europe/London"));
    private Database database;
    private TestingSuspense ledger;
    private SuspenseService service;
    private SuspenseFigures figures;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        ledger = new TestingSuspense(database);
        service = new SuspenseService(database, TestingCouncil.fernley(dir.resolve("council")), clock);
        figures = new SuspenseFigures(database, clock, "GBP");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void openItemsAndValueAreCountedByAgeBand() {
        ledger.inSuspense(TODAY, 100);
        ledger.inSuspense(TODAY.minusDays(7), 200);
        ledger.inSuspense(TODAY.minusDays(8), 400);
        ledger.inSuspense(TODAY.minusDays(90), 800);
        ledger.inSuspense(TODAY.minusDays(91), 1_600);
        ledger.receipt(TODAY, 5_000, "CTAX", SuspenseServiceTest.CTAX_ACCOUNT, "");

        assertThat(figures.openByAge()).extracting(f -> f.band().key() + " " + f.items() + " " + f.pence())
                .containsExactly("0-7 2 300", "8-30 1 400", "31-90 1 800", "91+ 1 1600");
        assertThat(service.queue().page(QueueFilter.all().withBand(AgeBand.DAYS_31_90)).items())
                .extracting(SuspenseItem::openPence).containsExactly(800L);
    }

    @Test
    void timeToClearAndClearedPerPersonPerDayCountOnlyStandingClearances() {
        long first = ledger.inSuspense(TODAY, 1_000);
        long second = ledger.inSuspense(TODAY, 2_000);
        long third = ledger.inSuspense(TODAY, 4_000);
        clock.advance(Duration.ofHours(1));  // imported 2026-05-01 08:00 UTC; cleared 40 days and 2 hours later
        service.allocate(first, "alice", "CTAX", SuspenseServiceTest.CTAX_ACCOUNT);
        clock.advance(Duration.ofDays(1));
        service.allocate(second, "alice", "CTAX", SuspenseServiceTest.CTAX_ACCOUNT);
        long undone = service.allocate(third, "bob", "CTAX", SuspenseServiceTest.CTAX_ACCOUNT);
        service.undo(undone, "bob");

        SuspenseFigures.TimeToClear time = figures.timeToClear();
        assertThat(time.cleared()).isEqualTo(2);
        assertThat(time.average()).isEqualTo(Duration.ofDays(40).plusHours(2 + 12));
        assertThat(time.median()).isEqualTo(time.average());
        assertThat(figures.clearedPerPersonPerDay(TODAY.minusDays(30), TODAY.plusDays(30)))
                .extracting(c -> c.day() + " " + c.person() + " " + c.items() + " " + c.pence())
                .containsExactly("2026-06-11 alice 1 2000", "2026-06-10 alice 1 1000");
    }
}
