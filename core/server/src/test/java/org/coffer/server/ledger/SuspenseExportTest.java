package org.coffer.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Money held in suspense reaches the ledger on the suspense code, and its later allocation moves it by journal. */
class SuspenseExportTest {

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
    void suspenseIsExportedToTheSuspenseCodeThenMovedToTheFundWithoutTouchingTheBank() {
        long receipt = ledger.receipt("MAIN", "SUSP", 5_000, LocalDate.of(2025, 5, 6));
        ExportRun banked = ledger.export("gl", LocalDate.of(2025, 5, 31));

        // An income officer allocates it in June: off suspense, onto council tax.
        long off = ledger.posting(receipt, "MAIN", "SUSP", -5_000, LocalDate.of(2025, 6, 2), null);
        ledger.posting(receipt, "MAIN", "CTAX", 5_000, LocalDate.of(2025, 6, 2), off);
        ExportRun moved = ledger.export("gl", LocalDate.of(2025, 6, 30));

        assertThat(JournalFileRow.read(ledger.file(banked)))
                .extracting(JournalFileRow::role, JournalFileRow::ledger, JournalFileRow::debit, JournalFileRow::credit)
                .containsExactly(tuple("BANK", "B1001", 5_000L, 0L), tuple("SUSPENSE", "S9999", 0L, 5_000L));
        assertThat(JournalFileRow.read(ledger.file(moved)))
                .extracting(JournalFileRow::role, JournalFileRow::ledger, JournalFileRow::debit, JournalFileRow::credit)
                .containsExactly(tuple("INCOME", "R1001", 0L, 5_000L), tuple("SUSPENSE", "S9999", 5_000L, 0L));
        assertThat(moved.grossPence()).isZero();
        assertThat(moved.debitPence()).isEqualTo(5_000);
    }

    @Test
    void anAllocationToAVatableFundSplitsOutItsVatWhenItLeavesSuspense() {
        long receipt = ledger.receipt("INCOME", "SUSP", 12_000, LocalDate.of(2025, 5, 6));
        long off = ledger.posting(receipt, "INCOME", "SUSP", -12_000, LocalDate.of(2025, 5, 9), null);
        ledger.posting(receipt, "INCOME", "SUND", 12_000, LocalDate.of(2025, 5, 9), off);

        ExportRun run = ledger.export("gl", LocalDate.of(2025, 5, 31));

        assertThat(JournalFileRow.read(ledger.file(run)))
                .extracting(JournalFileRow::role, JournalFileRow::ledger, JournalFileRow::debit, JournalFileRow::credit)
                .containsExactly(tuple("BANK", "B1002", 12_000L, 0L), tuple("INCOME", "R4001", 0L, 10_000L),
                        tuple("VAT", "V9001", 0L, 2_000L));
        assertThat(run.vatPence()).isEqualTo(2_000);
    }
}
