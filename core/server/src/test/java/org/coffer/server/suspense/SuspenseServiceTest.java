package org.coffer.server.suspense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.config.TestingCouncil;
import org.coffer.server.ledger.LedgerErrorCode;
import org.coffer.server.ledger.PeriodClosing;
import org.coffer.server.store.Database;
import org.coffer.server.users.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working suspense items on a real database with the demo council: allocate, split, credit notes, undo, locks. */
class SuspenseServiceTest {

    static final String CTAX_ACCOUNT = "499008590";
    static final String NNDR_ACCOUNT = "792747736";
    static final String SUND_ACCOUNT = "SD717798";
    private static final LocalDate PAID = LocalDate.of(2026, 3, 20);

    @TempDir
    Path dir;

    private final TestingClock clock = new TestingClock(Instant.parse("2026-06-10T09:00:00Z"),
            ZoneId.of("Europe/London"));
    private Database database;
    private TestingSuspense ledger;
    private SuspenseService service;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        ledger = new TestingSuspense(database);
        service = new SuspenseService(database, TestingCouncil.fernley(dir.resolve("council")), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aHundredPoundsSplitSixtyAndFortyIsFullyAllocated() {
        long item = ledger.inSuspense(PAID, 10_000);

        service.split(item, "alice", List.of(new AllocationLine("CTAX", CTAX_ACCOUNT, 6_000),
                new AllocationLine("NNDR", NNDR_ACCOUNT, 4_000)));

        assertThat(service.queue().item(item)).hasValueSatisfying(it -> assertThat(it.openPence()).isZero());
        assertThat(service.queue().page(QueueFilter.all()).items()).isEmpty();
        assertThat(ledger.sum("fund_code = 'CTAX' AND account_reference = '" + CTAX_ACCOUNT + "'")).isEqualTo(6_000);
        assertThat(ledger.sum("fund_code = 'NNDR'")).isEqualTo(4_000);
        assertThat(ledger.sum("fund_code = 'SUSP'")).isZero();
        assertThat(ledger.sum("receipt_id = " + item)).as("the receipt's money is neither lost nor doubled")
                .isEqualTo(10_000);
    }

    @Test
    void postingsAPersonMakesAreDatedTodayInTodaysPeriodNeverOnTheReceiptsDate() {
        long item = ledger.inSuspense(PAID, 10_000);

        service.allocate(item, "alice", "CTAX", CTAX_ACCOUNT);

        List<String> dated = database.jdbi().withHandle(h -> h.createQuery("SELECT effective_date || ' ' || "
                + "financial_year || '/' || period FROM postings WHERE made_by = 'alice'").mapTo(String.class).list());
        assertThat(dated).hasSize(2).containsOnly("2026-06-10 2026/3");
    }

    @Test
    void noOneAllocatesIntoAClosedPeriodAndNothingChanges() {
        long item = ledger.inSuspense(PAID, 10_000);
        new PeriodClosing(database, clock).close("admin", FinancialPeriod.of(LocalDate.now(clock)));
        long postings = ledger.count("postings");

        assertThatThrownBy(() -> service.allocate(item, "alice", "CTAX", CTAX_ACCOUNT))
                .isInstanceOfSatisfying(CofferException.class, refusal -> assertThat(refusal.code())
                        .isEqualTo(LedgerErrorCode.LEDGER_PERIOD_CLOSED))
                .hasMessageContaining("is closed");
        assertThat(ledger.count("postings")).isEqualTo(postings);
    }

    @Test
    void aSplitThatDoesNotAddUpIsRefusedSayingByHowMuchAndNothingChanges() {
        long item = ledger.inSuspense(PAID, 10_000);
        long postings = ledger.count("postings");

        assertThatThrownBy(() -> service.split(item, "alice", List.of(new AllocationLine("CTAX", CTAX_ACCOUNT, 6_000),
                new AllocationLine("NNDR", NNDR_ACCOUNT, 3_000))))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(SuspenseErrorCode.SUSPENSE_BAD_LINES))
                .hasMessage("the allocation of item " + item + " was refused: the lines add up to £90.00, but the item "
                        + "has £100.00 open; they must be equal to the penny (£10.00 short)");
        assertThat(ledger.count("postings")).isEqualTo(postings);
        assertThat(ledger.count("money_actions")).isZero();
    }

    @Test
    void aLineBackToSuspenseIsRefusedNamingTheLine() {
        long item = ledger.inSuspense(PAID, 10_000);

        assertThatThrownBy(() -> service.split(item, "alice", List.of(new AllocationLine("CTAX", CTAX_ACCOUNT, 6_000),
                new AllocationLine("SUSP", "", 4_000))))
                .hasMessageContaining("line 2: money cannot go back to the suspense fund SUSP");
    }

    @Test
    void aLineToAFundThatDoesNotExistOrWithAWrongReferenceIsRefusedNamingEachLine() {
        long item = ledger.inSuspense(PAID, 10_000);

        assertThatThrownBy(() -> service.split(item, "alice", List.of(new AllocationLine("LIBR", "1", 6_000),
                new AllocationLine("CTAX", "12345", 4_000))))
                .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.details()).hasSize(2))
                .hasMessageContaining("line 1: there is no fund 'LIBR'")
                .hasMessageContaining("line 2: 12345 is not a valid Council tax (CTAX) reference");
    }

    @Test
    void undoReturnsTheItemToSuspenseThroughReversingPostingsAndCannotBeRepeated() {
        long item = ledger.inSuspense(PAID, 10_000);
        long split = service.split(item, "alice", List.of(new AllocationLine("CTAX", CTAX_ACCOUNT, 6_000),
                new AllocationLine("NNDR", NNDR_ACCOUNT, 4_000)));

        service.undo(split, "bob");

        assertThat(service.queue().page(QueueFilter.all()).items()).singleElement()
                .satisfies(it -> assertThat(it.openPence()).isEqualTo(10_000));
        assertThat(ledger.count("postings")).as("the import's, three for the split, three reversing them")
                .isEqualTo(7);
        long reversing = database.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(*) FROM postings r JOIN postings o ON o.id = r.reverses
                WHERE r.amount_pence = -o.amount_pence AND r.fund_code = o.fund_code""").mapTo(Long.class).one());
        assertThat(reversing).isEqualTo(3);
        assertThat(ledger.sum("fund_code = 'CTAX'")).isZero();
        assertThatThrownBy(() -> service.undo(split, "bob"))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(SuspenseErrorCode.SUSPENSE_CANNOT_UNDO))
                .hasMessageContaining("action " + split + " was already undone");
    }

    @Test
    void anItemAlreadyClearedCannotBeAllocatedAgain() {
        long item = ledger.inSuspense(PAID, 10_000);
        service.allocate(item, "alice", "CTAX", CTAX_ACCOUNT);

        assertThatThrownBy(() -> service.allocate(item, "bob", "NNDR", NNDR_ACCOUNT))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(SuspenseErrorCode.SUSPENSE_NOT_OPEN))
                .hasMessageContaining("it was cleared by alice");
        assertThat(ledger.sum("fund_code = 'NNDR'")).isZero();
    }

    @Test
    void aCreditNoteIsTakenOnlyByAFundThatAllowsThem() {
        long item = ledger.inSuspense(PAID, 10_000);

        assertThatThrownBy(() -> service.split(item, "alice", List.of(new AllocationLine("CTAX", CTAX_ACCOUNT, 12_000),
                new AllocationLine("PARK", "FP12345678", -2_000))))
                .hasMessageContaining("line 2: -£20.00 is a credit note, and fund PARK does not take credit notes");

        service.split(item, "alice", List.of(new AllocationLine("CTAX", CTAX_ACCOUNT, 12_000),
                new AllocationLine("SUND", SUND_ACCOUNT, -2_000)));
        assertThat(ledger.sum("fund_code = 'SUND'")).isEqualTo(-2_000);
        assertThat(ledger.sum("fund_code = 'CTAX'")).isEqualTo(12_000);
    }

    @Test
    void aLockKeepsOthersOffUntilItLapses() {
        long item = ledger.inSuspense(PAID, 10_000);
        service.lock(item, "alice");

        assertThatThrownBy(() -> service.lock(item, "bob"))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(SuspenseErrorCode.SUSPENSE_LOCKED))
                .hasMessageContaining("item " + item + " is being worked by alice until 10:15");
        assertThatThrownBy(() -> service.allocate(item, "bob", "CTAX", CTAX_ACCOUNT))
                .hasMessageContaining("being worked by alice");

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> service.lock(item, "bob")).hasMessageContaining("alice");
        clock.advance(Duration.ofMinutes(2));
        service.lock(item, "bob");
        assertThat(service.queue().item(item)).hasValueSatisfying(it -> assertThat(it.lockedBy()).isEqualTo("bob"));
    }

    @Test
    void anItemMarkedForReturnWaitsUntilTheMarkIsUndone() {
        long item = ledger.inSuspense(PAID, 10_000);
        long mark = service.markForReturn(item, "alice", "payer asked for it back");

        assertThat(service.queue().item(item)).hasValueSatisfying(it -> assertThat(it.returnReason())
                .isEqualTo("payer asked for it back"));
        assertThatThrownBy(() -> service.allocate(item, "alice", "CTAX", CTAX_ACCOUNT))
                .hasMessageContaining("marked for return to the payer (payer asked for it back)");

        service.undo(mark, "alice");
        service.allocate(item, "alice", "CTAX", CTAX_ACCOUNT);
        assertThat(ledger.sum("fund_code = 'CTAX'")).isEqualTo(10_000);
    }

    @Test
    void everyActionIsAuditedWithItsPerson() {
        long item = ledger.inSuspense(PAID, 10_000);
        service.lock(item, "alice");
        service.note(item, "alice", "rang the payer");
        long action = service.allocate(item, "alice", "CTAX", CTAX_ACCOUNT);
        service.undo(action, "bob");

        List<String> audited = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT actor || ' ' || action FROM audit_log ORDER BY seq").mapTo(String.class).list());
        assertThat(audited).containsExactly("alice suspense.locked", "alice suspense.noted",
                "alice suspense.allocated", "bob money.undone");
        assertThat(service.queue().story(item)).hasValueSatisfying(story -> {
            assertThat(story.notes()).extracting(ItemStory.Note::text).containsExactly("rang the payer");
            assertThat(story.actions()).extracting(MoneyAction::kind)
                    .containsExactly(ActionKind.ALLOCATE, ActionKind.UNDO);
        });
    }
}
