package org.coffer.server.suspense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.coffer.server.CofferException;
import org.coffer.server.config.Council;
import org.coffer.server.config.TestingCouncil;
import org.coffer.server.income.IncomeQueries;
import org.coffer.server.store.Database;
import org.coffer.server.users.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transfers and journals between funds: the amounts must match, money must be there, and an undo reverses it. */
class TransferServiceTest {

    private static final String CTAX = SuspenseServiceTest.CTAX_ACCOUNT;
    private static final String NNDR = SuspenseServiceTest.NNDR_ACCOUNT;
    private static final String SUND = SuspenseServiceTest.SUND_ACCOUNT;
    private static final LocalDate PAID = LocalDate.of(2026, 5, 2);

    @TempDir
    Path dir;

    private Database database;
    private TestingSuspense ledger;
    private TransferService transfers;
    private SuspenseService suspense;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("coffer.duckdb"));
        ledger = new TestingSuspense(database);
        Council council = TestingCouncil.fernley(dir.resolve("council"));
        TestingClock clock = new TestingClock(Instant.parse("2026-06-10T09:00:00Z"), ZoneId.of("Europe/London"));
        transfers = new TransferService(database, council, clock);
        suspense = new SuspenseService(database, council, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long onCtax(long pence) {
        return ledger.receipt(PAID, pence, "CTAX", CTAX, "CTAX " + CTAX);
    }

    private static Transfer.Source source(long receipt, long pence) {
        return new Transfer.Source(receipt, new AllocationLine("CTAX", "", pence));
    }

    @Test
    void oneSourceOfFiftyToTargetsOfThirtyAndThirtyIsRefused() {
        long receipt = onCtax(5_000);
        long postings = ledger.count("postings");

        assertThatThrownBy(() -> transfers.transfer(new Transfer(List.of(source(receipt, 5_000)), List.of(
                new AllocationLine("NNDR", NNDR, 3_000), new AllocationLine("SUND", SUND, 3_000)), "wrong fund"),
                "alice"))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(SuspenseErrorCode.SUSPENSE_BAD_TRANSFER))
                .hasMessage("the transfer was refused: the targets add up to £60.00 but the source is £50.00; they "
                        + "must be equal");
        assertThat(ledger.count("postings")).isEqualTo(postings);
    }

    @Test
    void oneSourceSplitOverTargetsThatAddUpMovesTheMoneyOnTheSameReceipt() {
        long receipt = onCtax(5_000);

        transfers.transfer(new Transfer(List.of(source(receipt, 5_000)), List.of(
                new AllocationLine("NNDR", NNDR, 3_000), new AllocationLine("SUND", SUND, 2_000)), "wrong fund"),
                "alice");

        assertThat(ledger.sum("fund_code = 'CTAX'")).isZero();
        assertThat(ledger.sum("fund_code = 'NNDR' AND receipt_id = " + receipt)).isEqualTo(3_000);
        assertThat(ledger.sum("fund_code = 'SUND' AND receipt_id = " + receipt)).isEqualTo(2_000);
        assertThat(ledger.sum("receipt_id = " + receipt)).isEqualTo(5_000);
    }

    @Test
    void pairedSourcesMustEachEqualTheirTarget() {
        long first = onCtax(2_000);
        long second = onCtax(3_000);

        assertThatThrownBy(() -> transfers.transfer(new Transfer(List.of(source(first, 2_000), source(second, 3_000)),
                List.of(new AllocationLine("NNDR", NNDR, 3_000), new AllocationLine("NNDR", NNDR, 2_000)), ""),
                "alice"))
                .hasMessageContaining("pair 1: the source is £20.00 but its target is £30.00")
                .hasMessageContaining("pair 2: the source is £30.00 but its target is £20.00");
        assertThatThrownBy(() -> transfers.transfer(new Transfer(List.of(source(first, 2_000), source(second, 3_000)),
                List.of(new AllocationLine("NNDR", NNDR, 5_000)), ""), "alice"))
                .hasMessageContaining("give one target for each: there are 2 sources and 1 targets");

        transfers.transfer(new Transfer(List.of(source(first, 2_000), source(second, 3_000)),
                List.of(new AllocationLine("NNDR", NNDR, 2_000), new AllocationLine("SUND", SUND, 3_000)), ""),
                "alice");
        assertThat(ledger.sum("fund_code = 'NNDR' AND receipt_id = " + first)).isEqualTo(2_000);
        assertThat(ledger.sum("fund_code = 'SUND' AND receipt_id = " + second)).isEqualTo(3_000);
    }

    @Test
    void aSourceCannotMoveMoreThanItsReceiptHasOnThatFund() {
        long receipt = onCtax(5_000);

        assertThatThrownBy(() -> transfers.transfer(new Transfer(List.of(source(receipt, 6_000)),
                List.of(new AllocationLine("NNDR", NNDR, 6_000)), ""), "alice"))
                .hasMessageContaining("source 1: receipt " + receipt + " has £50.00 on CTAX, less than the £60.00");
    }

    @Test
    void aTransferIsUndoneByReversingPostingsAndThenItsSourceHasItsMoneyBack() {
        long receipt = onCtax(5_000);
        long action = transfers.transfer(new Transfer(List.of(source(receipt, 5_000)),
                List.of(new AllocationLine("NNDR", NNDR, 5_000)), "wrong fund"), "alice");

        suspense.undo(action, "bob");

        assertThat(ledger.sum("fund_code = 'CTAX'")).isEqualTo(5_000);
        assertThat(ledger.sum("fund_code = 'NNDR'")).isZero();
        assertThat(ledger.count("postings")).isEqualTo(5);
    }

    @Test
    void anAllocationCannotBeUndoneWhileALaterTransferOfItsMoneyStands() {
        long item = ledger.inSuspense(PAID, 5_000);
        long allocation = suspense.allocate(item, "alice", "CTAX", CTAX);
        long transfer = transfers.transfer(new Transfer(List.of(new Transfer.Source(item,
                new AllocationLine("CTAX", CTAX, 5_000))), List.of(new AllocationLine("NNDR", NNDR, 5_000)), ""),
                "alice");

        assertThatThrownBy(() -> suspense.undo(allocation, "bob"))
                .hasMessageContaining("while the later action " + transfer + " on receipt " + item + " stands");

        suspense.undo(transfer, "bob");
        suspense.undo(allocation, "bob");
        assertThat(suspense.queue().item(item)).hasValueSatisfying(it -> assertThat(it.openPence()).isEqualTo(5_000));
    }

    @Test
    void fundTotalsAlwaysEqualTheSumOfPostings() {
        long item = ledger.inSuspense(PAID, 10_000);
        long other = onCtax(4_000);
        long split = suspense.split(item, "alice", List.of(new AllocationLine("CTAX", CTAX, 7_000),
                new AllocationLine("NNDR", NNDR, 3_000)));
        transfers.transfer(new Transfer(List.of(source(other, 1_000)), List.of(new AllocationLine("SUND", SUND,
                1_000)), ""), "alice");
        suspense.allocate(ledger.inSuspense(PAID, 500), "alice", "SUND", SUND);
        suspense.undo(split, "bob");

        var byFund = new IncomeQueries(database, "GBP")
                .summary(PAID, LocalDate.of(2026, 6, 30)).byFund();
        assertThat(byFund).allSatisfy(total -> assertThat(total.pence())
                .isEqualTo(ledger.sum("fund_code = '" + total.key() + "'")));
        assertThat(byFund).extracting(t -> t.key() + " " + t.pence())
                .containsExactlyInAnyOrder("CTAX 3000", "NNDR 0", "SUND 1500", "SUSP 10000");
    }
}
