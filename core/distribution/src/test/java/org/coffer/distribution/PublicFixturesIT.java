package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.server.imports.ImportErrorCode;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.ImportRefusedException;
import org.coffer.server.imports.ImportRequest;
import org.coffer.server.imports.StatementOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real statements published by others, each into an empty database: it imports with the counts and totals its own
 * figures state (as SOURCES.md records them), or is refused with a message naming the file, the statement and the
 * figures that disagree, and nothing of it is kept.
 */
class PublicFixturesIT {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mt940/abn-amro-4stmts.sta,             mt940,   4,   5,   2511108,    125786",
        "mt940/asn-swift-blocks.sta,            mt940,   7,   3,         0,    208178",
        "mt940/bunq.sta,                        mt940,   1, 111,     76166,     78833",
        "mt940/danske-dk.sta,                   mt940,  15,  89, 391088635, 253843358",
        "mt940/citi-usd.sta,                    mt940,   1,   5,         0,    114275",
        "mt940/betterplace-sepa.sta,            mt940,  26,  97, 518847494, 1445761084",
        "camt053/genkgo-v2-multi-statement.xml, camt053, 2,   2,       885,       700",
        "camt053/subite-v8-two-stmts-oneline.xml, camt053, 2, 3,  82853198,    579417"})
    void importsToThePennyOfItsOwnFigures(String fixture, String format, int statements, long receipts,
            long creditPence, long debitPence) throws IOException {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(Fixtures.file(fixture));

            assertThat(outcome.formatId()).isEqualTo(format);
            assertThat(outcome.statements()).hasSize(statements).allMatch(StatementOutcome::reconciles);
            assertThat(outcome.receipts()).isEqualTo(receipts);
            assertThat(outcome.statements().stream().mapToLong(s -> s.credits().pence()).sum()).isEqualTo(creditPence);
            assertThat(outcome.statements().stream().mapToLong(s -> s.debits().pence()).sum()).isEqualTo(debitPence);
            assertThat(coffer.count("receipts")).isEqualTo(receipts);
        }
    }

    @Test
    void refusesCommerzbankWhoseClosingBalanceDisagreesSayingByHowMuch() throws IOException {
        ImportRefusedException refusal = refused("mt940/commerzbank.sta");

        assertThat(refusal.code()).isEqualTo(ImportErrorCode.IMPORT_BALANCE_MISMATCH);
        assertThat(refusal.getMessage()).isEqualTo("commerzbank.sta was refused and nothing of it was stored: "
                + "commerzbank.sta, line 1, field closing balance: statement 1 (account 25040066/0123456789, "
                + "sequence 00143/1): opening balance EUR 0.00 + credits EUR 0.00 - debits EUR 12.35 = EUR -12.35, "
                + "but the closing balance is EUR 0.00 (a difference of EUR 12.35) [IMPORT_BALANCE_MISMATCH]");
    }

    @Test
    void refusesGenkgoV4WhoseClosingBalanceIsInAnotherCurrency() throws IOException {
        ImportRefusedException refusal = refused("camt053/genkgo-v4.xml");

        assertThat(refusal.code()).isEqualTo(ImportErrorCode.IMPORT_CURRENCY_MISMATCH);
        assertThat(refusal.getMessage()).contains("genkgo-v4.xml", "Stmt[1]",
                "statement 1 (account NL26VAYB8060476890, sequence 12312)",
                "the file states a figure of SEK -27.00 for an account in EUR");
    }

    @Test
    void refusesCmxlWhoseClosingBalanceHasAnImpossibleDate() throws IOException {
        ImportRefusedException refusal = refused("mt940/cmxl-iso8859-1.sta");

        assertThat(refusal.getMessage()).contains("cmxl-iso8859-1.sta, line 15, field :62F: date: '021131': "
                + "expected a real date as YYMMDD");
    }

    @Test
    void storesAFileWhoseBalancesDisagreeWhenAnAdministratorGivesAReason() throws IOException {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            Path file = Fixtures.file("mt940/commerzbank.sta");
            String reason = "Bank confirmed by phone on 9 April that the closing balance is misprinted";

            ImportOutcome outcome = coffer.coffer().imports().importFile(new ImportRequest(file,
                    "commerzbank.sta", Optional.empty(), "admin", Optional.of(reason)));

            assertThat(outcome.acceptedReason()).isEqualTo(reason);
            assertThat(outcome.statements()).singleElement().satisfies(s -> assertThat(s.reconciles()).isFalse());
            assertThat(coffer.coffer().imports().history(1).get(0).acceptedReason()).isEqualTo(reason);
            String audited = coffer.coffer().database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT actor || ' ' || action || ' ' || after FROM audit_log ORDER BY seq DESC LIMIT 1")
                    .mapTo(String.class).one());
            assertThat(audited).startsWith("admin import.accepted").contains(reason);
        }
    }

    @Test
    void aReasonDoesNotOverrideAnUnreadableFile() throws IOException {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportRefusedException refusal = catchThrowableOfType(ImportRefusedException.class,
                    () -> coffer.coffer().imports().importFile(new ImportRequest(
                            Fixtures.file("mt940/cmxl-iso8859-1.sta"), "cmxl-iso8859-1.sta", Optional.empty(),
                            "admin", Optional.of("accept anyway"))));

            assertThat(refusal).isNotNull();
            assertThat(coffer.count("receipts")).isZero();
        }
    }

    private ImportRefusedException refused(String fixture) throws IOException {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportRefusedException refusal = catchThrowableOfType(ImportRefusedException.class,
                    () -> coffer.importFile(Fixtures.file(fixture)));
            assertThat(refusal).as("%s is refused", fixture).isNotNull();
            assertThat(coffer.count("receipts")).isZero();
            assertThat(coffer.count("statements")).isZero();
            return refusal;
        }
    }
}
