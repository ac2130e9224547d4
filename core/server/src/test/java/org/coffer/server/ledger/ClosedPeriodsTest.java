package org.coffer.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing financial periods: nothing is posted in them afterwards, and exports post in the open period. */
class ClosedPeriodsTest {

    @TempDir
    Path folder;

    private TestingExports ledger;

    @BeforeEach
    void openLedger() {
        ledger = TestingExports.open(folder);
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void aPostingDatedInAClosedPeriodIsRefusedNamingTheOpenPeriod() {
        ledger.coffer().periods().close(TestingExports.ACTOR, new FinancialPeriod(2025, 1));

        OpenPeriods periods = ledger.coffer().periods().openPeriods();

        assertThatThrownBy(() -> periods.requireOpen(LocalDate.of(2025, 4, 30))).isInstanceOf(CofferException.class)
                .hasMessage("financial period 2025/26 P1 is closed, so nothing can be posted on 2025-04-30; post it "
                        + "in the open period 2025/26 P2 instead")
                .extracting(e -> ((CofferException) e).code()).isEqualTo(LedgerErrorCode.LEDGER_PERIOD_CLOSED);
        periods.requireOpen(LocalDate.of(2025, 5, 1));
    }

    @Test
    void moneyArrivingForAClosedPeriodIsPostedOnTheFirstDayOfTheNextOpenOne() {
        ledger.coffer().periods().close(TestingExports.ACTOR, new FinancialPeriod(2025, 12));
        ledger.coffer().periods().close(TestingExports.ACTOR, new FinancialPeriod(2026, 1));

        OpenPeriods periods = ledger.coffer().periods().openPeriods();

        assertThat(periods.postingDate(LocalDate.of(2026, 3, 17))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(periods.postingDate(LocalDate.of(2026, 2, 17))).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void aPeriodIsClosedOnceAndTheClosingIsAudited() {
        ledger.coffer().periods().close(TestingExports.ACTOR, new FinancialPeriod(2025, 3));

        assertThatThrownBy(() -> ledger.coffer().periods().close("cli:other", new FinancialPeriod(2025, 3)))
                .hasMessage("financial period 2025/26 P3 is already closed");
        assertThat(ledger.coffer().periods().closed()).singleElement()
                .satisfies(closed -> assertThat(closed.closedBy()).isEqualTo(TestingExports.ACTOR));
        assertThat(ledger.count("SELECT count(*) FROM audit_log WHERE action = 'period.closed' "
                + "AND subject = 'period 2025/26 P3'")).isEqualTo(1);
    }

    @Test
    void postingsLeftUnexportedWhenTheirPeriodClosedAreJournalledInTheOpenPeriod() {
        ledger.receipt("MAIN", "CTAX", 4_200, LocalDate.of(2025, 4, 20));
        ledger.coffer().periods().close(TestingExports.ACTOR, new FinancialPeriod(2025, 1));

        ExportRun run = ledger.export("gl", LocalDate.of(2025, 5, 31));

        assertThat(JournalFileRow.read(ledger.file(run))).allSatisfy(row -> {
            assertThat(row.period()).isEqualTo(2);
            assertThat(row.date()).isEqualTo("2025-05-01");
        });
    }
}
