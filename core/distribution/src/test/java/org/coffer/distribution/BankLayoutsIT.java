package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportErrorCode;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.ImportRefusedException;
import org.coffer.server.imports.ImportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bank exports read in layouts written as data: the layouts the bank-csv-layout plugin ships, and one a council
 * writes in its own {@code layouts} folder, without any code.
 */
class BankLayoutsIT {

    @TempDir
    Path folder;

    @Test
    void importsALloydsCommercialBankingExportToThePennyWithItsBalances() throws IOException {
        GeneratedFile export = new StatementFiles(11L).lloydsCsv(folder.resolve("lloyds-april.csv"), 400);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(export.path());

            assertThat(outcome.formatId()).isEqualTo("lloyds-cbo-csv");
            assertThat(outcome.receipts()).isEqualTo(400);
            assertThat(outcome.statements()).singleElement().satisfies(statement -> {
                assertThat(statement.reconciles()).isTrue();
                assertThat(statement.credits().pence()).isEqualTo(export.creditPence());
                assertThat(statement.debits().pence()).isEqualTo(export.debitPence());
            });
            assertThat(coffer.sum("SELECT count(DISTINCT bank_account) FROM receipts WHERE bank_account = 'MAIN'"))
                    .as("lines land on the council's MAIN account").isEqualTo(1);
        }
    }

    @Test
    void refusesTheLloydsDownloadWhoseBalancesAreAllZeroUntilAnAdministratorAcceptsIt() throws IOException {
        Path file = Fixtures.file("uk-csv/lloyds-sosure.csv");
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            assertThatThrownBy(() -> coffer.importFile(file))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refusal -> assertThat(refusal.code())
                            .isEqualTo(ImportErrorCode.IMPORT_BALANCE_MISMATCH));

            ImportOutcome outcome = coffer.coffer().imports().importFile(new ImportRequest(file, "lloyds-sosure.csv",
                    Optional.empty(), "admin", Optional.of("the bank's download leaves every balance at 0")));

            assertThat(outcome.receipts()).isEqualTo(8);
            assertThat(coffer.sum("SELECT sum(amount_pence) FROM receipts WHERE amount_pence > 0")).isEqualTo(52_887);
            assertThat(coffer.sum("SELECT sum(amount_pence) FROM receipts WHERE amount_pence < 0")).isEqualTo(-4_242);
        }
    }

    @Test
    void importsAFileInALayoutTheCouncilWroteItself() throws IOException {
        TestCoffer.config(folder);
        writeLayout("fernley-building-society.layout", """
                # Fernley Building Society's fixed-width daily export: no code, just this file.
                family=csv-layout
                id=fernley-bs
                name=Fernley Building Society daily export
                shape=fixed
                date=1-8
                date.format=yyyyMMdd
                amount=9-20
                direction=21-22
                direction.credit=CR
                direction.debit=DR
                amount.style=pence
                reference=23-40
                account.value=30-99-42 40718826
                channel.default=BACS_CREDIT
                """);
        Path export = Files.writeString(folder.resolve("fbs-20250401.txt"), """
                20250401000000012345CR499008590
                20250401000000004500CRFP1234567A
                20250401000000000250DRCHARGES
                """, StandardCharsets.UTF_8);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.coffer().imports().importFile(new ImportRequest(export,
                    "fbs-20250401.txt", Optional.of("fernley-bs"), "admin", Optional.empty()));

            assertThat(outcome.receipts()).isEqualTo(3);
            assertThat(coffer.coffer().formatIds()).contains("fernley-bs", "lloyds-cbo-csv");
            assertThat(coffer.sum("SELECT sum(amount_pence) FROM postings WHERE fund_code = 'CTAX'"))
                    .as("the council tax payment is matched by its reference").isEqualTo(12_345);
        }
    }

    @Test
    void aLayoutWithMistakesStopsStartUpNamingTheFileTheSettingAndTheLine() throws IOException {
        TestCoffer.config(folder);
        writeLayout("broken.layout", """
                family=csv-layout
                id=broken
                name=Broken
                date=Date
                date.format=dd/MM/yyyy
                ammount=Amount
                """);

        assertThatThrownBy(() -> TestCoffer.open(folder))
                .isInstanceOfSatisfying(CofferException.class, refusal -> {
                    assertThat(refusal.getMessage()).contains("layouts/broken.layout");
                    assertThat(String.join("\n", refusal.details()))
                            .contains("line 6, field ammount: no layout has a setting 'ammount'")
                            .contains("the layout names no amount");
                });
    }

    private void writeLayout(String name, String text) throws IOException {
        Path layouts = Files.createDirectories(folder.resolve("council/layouts"));
        Files.writeString(layouts.resolve(name), text, StandardCharsets.UTF_8);
    }
}
