package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.sampledata.DwpDeductionsWriter;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportErrorCode;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.StatementOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated statements import through the real plugins to the penny, once only. */
class GeneratedFilesImportIT {

    @TempDir
    Path folder;

    @Test
    void importsAnMt940FileToThePennyOfItsOwnFigures() throws IOException {
        GeneratedFile file = new StatementFiles(11L).mt940(folder.resolve("main.sta"), 2_000);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(file.path());

            assertStoredExactly(coffer, outcome, file, "mt940");
        }
    }

    @Test
    void importsACamt053FileToThePennyOfItsOwnFigures() throws IOException {
        GeneratedFile file = new StatementFiles(12L).camt053(folder.resolve("income.xml"), 2_000);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(file.path());

            assertStoredExactly(coffer, outcome, file, "camt053");
        }
    }

    @Test
    void importsADwpScheduleAsCouncilTaxToThePenny() throws IOException {
        GeneratedFile file = new DwpDeductionsWriter(13L).write(folder.resolve("DWP CT 2025-04.xlsx"), 1_200);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(file.path());

            assertStoredExactly(coffer, outcome, file, "dwp-ctax-deductions");
            assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code = 'CTAX'"))
                    .as("every deduction, recoveries less, on council tax")
                    .isEqualTo(file.creditPence() - file.debitPence());
        }
    }

    @Test
    void keepsChannelSettlementsAsEvidenceWithoutCountingThemAsIncome() throws IOException {
        GeneratedFile file = new StatementFiles(16L).mt940(folder.resolve("main.sta"), 3_000);
        long settlements = file.expected().stream().filter(line -> line.kind() == LineKind.SETTLEMENT).count();
        assertThat(settlements).as("the generator writes settlements").isPositive();
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            coffer.importFile(file.path());

            assertThat(coffer.sum("SELECT count(*) FROM receipts WHERE kind = 'SETTLEMENT'")).isEqualTo(settlements);
            assertThat(coffer.sum("SELECT count(*) FROM postings p JOIN receipts r ON r.id = p.receipt_id "
                    + "WHERE r.kind = 'SETTLEMENT'")).isZero();
        }
    }

    @Test
    void refusesTheSameFileTwiceNamingTheFirstImport() throws IOException {
        GeneratedFile file = new StatementFiles(13L).mt940(folder.resolve("main.sta"), 300);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome first = coffer.importFile(file.path());
            Path renamed = Files.copy(file.path(), folder.resolve("main-again.sta"));

            CofferException refusal = catchThrowableOfType(CofferException.class, () -> coffer.importFile(renamed));

            assertThat(refusal.code()).isEqualTo(ImportErrorCode.IMPORT_DUPLICATE_FILE);
            assertThat(refusal.getMessage()).contains("main-again.sta", "import #" + first.importId(), "main.sta");
            assertThat(coffer.count("receipts")).isEqualTo(file.lines());
        }
    }

    @Test
    void refusesAStatementAlreadyImportedFromAnotherFile() throws IOException {
        GeneratedFile file = new StatementFiles(14L).mt940(folder.resolve("end-of-day.sta"), 300);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            coffer.importFile(file.path());
            Path reissue = Files.copy(file.path(), folder.resolve("reissue.sta"));
            Files.writeString(reissue, "\r\n", StandardOpenOption.APPEND);

            CofferException refusal = catchThrowableOfType(CofferException.class, () -> coffer.importFile(reissue));

            assertThat(refusal.code()).isEqualTo(ImportErrorCode.IMPORT_DUPLICATE_STATEMENT);
            assertThat(refusal.getMessage()).contains("reissue.sta", "already imported from end-of-day.sta");
            assertThat(coffer.count("receipts")).isEqualTo(file.lines());
        }
    }

    @Test
    void keepsARefusedAttemptInTheHistoryAndNothingElse() throws IOException {
        GeneratedFile file = new StatementFiles(15L).mt940(folder.resolve("main.sta"), 300);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            coffer.importFile(file.path());
            catchThrowableOfType(CofferException.class, () -> coffer.importFile(file.path()));

            var history = coffer.coffer().imports().history(10);
            assertThat(history).extracting(r -> r.status()).containsExactly("REFUSED", "STORED");
            assertThat(history.get(0).refusal()).contains("has already been imported");
            assertThat(coffer.count("statements")).isEqualTo(file.statements());
        }
    }

    private static void assertStoredExactly(TestCoffer coffer, ImportOutcome outcome, GeneratedFile file,
            String format) {
        assertThat(outcome.formatId()).isEqualTo(format);
        assertThat(outcome.statements()).hasSize(file.statements()).allMatch(StatementOutcome::reconciles);
        assertThat(outcome.receipts()).isEqualTo(file.lines());
        assertThat(outcome.statements().stream().mapToLong(s -> s.credits().pence()).sum())
                .isEqualTo(file.creditPence());
        assertThat(outcome.statements().stream().mapToLong(s -> s.debits().pence()).sum())
                .isEqualTo(file.debitPence());
        assertThat(coffer.count("receipts")).isEqualTo(file.lines());
        assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM receipts"))
                .isEqualTo(file.creditPence() - file.debitPence());
        assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings"))
                .as("income posted: every payment and reversal, no settlement, fee or other line")
                .isEqualTo(coffer.sum("SELECT CAST(coalesce(sum(amount_pence), 0) AS BIGINT) FROM receipts "
                        + "WHERE kind IN ('PAYMENT', 'REVERSAL')"));
    }
}
