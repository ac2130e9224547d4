package org.coffer.server.suspense;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.coffer.server.store.Database;
import org.coffer.server.users.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding items in the queue by amount, text and account, in the order asked, a page at a time. */
class SuspenseQueueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @TempDir
    Path dir;

    private Database database;
    private TestingSuspense ledger;
    private SuspenseQueue queue;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        ledger = new TestingSuspense(database);
        queue = new SuspenseQueue(database, new TestingClock(Instant.parse("2026-06-10T09:00:00Z"),
                ZoneId.of("Europe/London")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static QueueFilter filter(Long min, Long max, String account, String text, QueueSort sort, int page) {
        return new QueueFilter(Optional.empty(), min == null ? OptionalLong.empty() : OptionalLong.of(min),
                max == null ? OptionalLong.empty() : OptionalLong.of(max), account, text, sort, page);
    }

    @Test
    void filtersByAmountRangeAndTextIgnoringCaseAndSortsByAmount() {
        ledger.receipt(TODAY, 1_000, "SUSP", "TREE PLANTERS", "FLEET SER 414/527");
        ledger.receipt(TODAY, 5_000, "SUSP", "EFC PAYMENT", "RF162 0645");
        ledger.receipt(TODAY, 9_000, "SUSP", "DCLG", "1000 6507026510 J");

        assertThat(queue.page(filter(2_000L, 9_000L, "", "", QueueSort.LARGEST, 1)).items())
                .extracting(SuspenseItem::openPence).containsExactly(9_000L, 5_000L);
        assertThat(queue.page(filter(null, null, "", "planters", QueueSort.OLDEST, 1)).items())
                .extracting(SuspenseItem::reference).containsExactly("TREE PLANTERS");
        assertThat(queue.page(filter(null, null, "INCOME", "", QueueSort.OLDEST, 1)).total()).isZero();
        assertThat(queue.page(filter(null, null, "MAIN", "", QueueSort.SMALLEST, 1)).items())
                .extracting(SuspenseItem::openPence).containsExactly(1_000L, 5_000L, 9_000L);
    }

    @Test
    void pagesHoldFiftyItemsOldestFirst() {
        for (int i = 0; i < 55; i++) {
            ledger.inSuspense(TODAY.minusDays(i), 100 + i);
        }

        SuspenseQueue.QueuePage second = queue.page(filter(null, null, "", "", QueueSort.OLDEST, 2));

        assertThat(second.total()).isEqualTo(55);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.items()).extracting(SuspenseItem::ageDays).containsExactly(4L, 3L, 2L, 1L, 0L);
    }
}
