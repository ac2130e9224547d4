package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.sampledata.AruddWriter;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.Standard18Writer;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.reports.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bacs files through the real plugins: collections are income, unpaid direct debits reverse it, advices are kept but
 * never counted.
 */
class BacsReportsIT {

    @TempDir
    Path folder;

    @Test
    void anAruddReversesEachUnpaidCollectionOnItsPayersFund() throws IOException {
        GeneratedFile arudd = new AruddWriter(5L).write(folder.resolve("arudd-20250410.xml"), 40,
                LocalDate.of(2025, 4, 10));
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(arudd.path());

            assertThat(outcome.formatId()).isEqualTo("bacs-arudd");
            assertThat(outcome.statements()).singleElement().satisfies(batch -> {
                assertThat(batch.account()).isEqualTo("SUN " + AruddWriter.SERVICE_USER_NUMBER);
                assertThat(batch.reconciles()).as("the report's own totals agree").isTrue();
                assertThat(batch.debits().pence()).isEqualTo(arudd.debitPence());
            });
            assertThat(coffer.sum("SELECT count(*) FROM receipts WHERE kind = 'REVERSAL' AND channel = 'DIRECT_DEBIT'"))
                    .isEqualTo(40);
            assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code = 'CTAX'"))
                    .as("every unpaid collection taken back off council tax").isEqualTo(-arudd.debitPence());
        }
    }

    @Test
    void aStandard18CollectionFilePostsEachDirectDebitToItsPayersFund() throws IOException {
        GeneratedFile collections = new Standard18Writer(6L).write(folder.resolve("ctax-dd-20250410.txt"), 60,
                LocalDate.of(2025, 4, 10));
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(collections.path());

            assertThat(outcome.formatId()).isEqualTo("bacs-standard18");
            assertThat(outcome.statements()).singleElement().satisfies(batch -> {
                assertThat(batch.reconciles()).as("the collections add up to the contra").isTrue();
                assertThat(batch.credits().pence()).isEqualTo(collections.creditPence());
            });
            assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code = 'CTAX'"))
                    .isEqualTo(collections.creditPence());
        }
    }

    @Test
    void theBankCreditOfADirectDebitRunIsMatchedToItsStandard18FileAndCountedOnce() throws IOException {
        LocalDate day = LocalDate.of(2025, 4, 10);
        GeneratedFile collections = new Standard18Writer(7L).write(folder.resolve("ctax-dd-20250410.txt"), 30, day);
        String total = BigDecimal.valueOf(collections.creditPence(), 2).toPlainString();
        Path statement = Files.writeString(folder.resolve("income-20250410.csv"), "Post Date,Account Number,Account"
                + " Name,Type,Amount,Customer Reference,Transaction Detail,Balance\r\n10/04/2025,309942-40718834 GBP,"
                + "FERNLEY BC INCOME,BGC," + total + ",BACS DD COLLECTION " + AruddWriter.SERVICE_USER_NUMBER
                + " 1,BACS DD COLLECTION," + total + "\r\n", StandardCharsets.UTF_8);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            coffer.importFile(statement);
            coffer.importFile(collections.path());

            assertThat(coffer.sum("SELECT count(*) FROM live_settlement_matches WHERE settler = 'BACSDD'"
                    + " AND method = 'EXACT' AND difference_pence = 0")).isEqualTo(1);
            assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings"))
                    .as("the run's income is the collections, once, and not the bank's credit as well")
                    .isEqualTo(collections.creditPence());
        }
    }

    @Test
    void anAddacsIsStoredAsAnAdviceWithNoMoney() throws IOException {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            ImportOutcome outcome = coffer.importFile(Fixtures.file("bacs/sosure-addacs.xml"));

            assertThat(outcome.formatId()).isEqualTo("bacs-addacs");
            assertThat(outcome.advices()).isEqualTo(1);
            assertThat(outcome.receipts()).isZero();
            assertThat(coffer.count("receipts")).isZero();
            String stored = coffer.coffer().database().jdbi().withHandle(h -> h.createQuery(
                            "SELECT kind || ' ' || reference || ' ' || code || ' ' || effective_date FROM advices")
                    .mapTo(String.class).one());
            assertThat(stored).isEqualTo("ADDACS SOSURE01 1 2018-03-06");
        }
    }

    @Test
    void thePluginsAdviceReportListsTheMandateChangeWithItsFile() throws IOException {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            coffer.importFile(Fixtures.file("bacs/sosure-addacs.xml"));

            ReportResult report = coffer.coffer().reports().run("bacs-advices",
                    Map.of("from", "2018-03-01", "to", "2018-03-31", "kind", "ADDACS"));

            assertThat(report.report().origin()).isEqualTo("plugin bacs-reports, bacs-advices.xml");
            assertThat(report.firstRows(10)).singleElement().satisfies(row -> assertThat(row)
                    .contains(LocalDate.of(2018, 3, 6), "ADDACS", "SOSURE01", "1", "sosure-addacs.xml"));
            assertThat(coffer.coffer().reports().run("bacs-advices",
                    Map.of("from", "2018-03-01", "to", "2018-03-31", "kind", "AUDDIS")).firstRows(10)).isEmpty();
        }
    }
}
