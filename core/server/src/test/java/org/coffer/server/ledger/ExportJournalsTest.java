package org.coffer.server.ledger;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingLong;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journals an export run hands its plugin, read back from the file the plugin wrote. */
class ExportJournalsTest {

    private static final List<String> FUNDS = List.of("CTAX", "NNDR", "HRENT", "SUND", "SUSP");

    @TempDir
    Path folder;

    private TestingExports ledger;
    private long grossPence;
    private long vatPence;

    @BeforeEach
    void openLedger() {
        ledger = TestingExports.open(folder);
        // Two bank accounts over three periods; payments and the odd returned payment, some of them VAT-able.
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 600; i++) {
            String fund = FUNDS.get(random.nextInt(FUNDS.size()));
            long pence = random.nextInt(10) == 0 ? -random.nextLong(1, 20_000) : random.nextLong(1, 250_000);
            ledger.receipt(random.nextBoolean() ? "MAIN" : "INCOME", fund, pence,
                    LocalDate.of(2025, 4, 1).plusDays(random.nextInt(91)));
            grossPence += pence;
            if (fund.equals("SUND")) {
                vatPence += Long.signum(pence) * ((Math.abs(pence) * 2000 * 2 + 12_000) / 24_000);
            }
        }
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void everyJournalBalancesPerBankAccountAndPeriod() {
        ExportRun run = ledger.export("gl", LocalDate.of(2025, 6, 30));

        List<JournalFileRow> rows = JournalFileRow.read(ledger.file(run));
        Map<Integer, Long> net = rows.stream().collect(groupingBy(JournalFileRow::journal,
                summingLong(JournalFileRow::creditLessDebit)));
        assertThat(net).hasSize(6).allSatisfy((journal, balance) -> assertThat(balance).as("journal %d", journal)
                .isZero());
        assertThat(rows.stream().map(r -> r.bank() + " " + r.year() + " P" + r.period()).distinct())
                .containsExactly("INCOME 2025 P1", "INCOME 2025 P2", "INCOME 2025 P3", "MAIN 2025 P1",
                        "MAIN 2025 P2", "MAIN 2025 P3");
        assertThat(run.journalCount()).isEqualTo(6);
        assertThat(run.lineCount()).isEqualTo(rows.size());
        assertThat(run.debitPence()).isEqualTo(rows.stream().mapToLong(JournalFileRow::debit).sum());
    }

    @Test
    void incomeAndVatLinesAddUpToTheReceiptsExportedToThePenny() {
        ExportRun run = ledger.export("gl", LocalDate.of(2025, 6, 30));

        List<JournalFileRow> rows = JournalFileRow.read(ledger.file(run));
        long incomeAndVat = rows.stream().filter(r -> !r.role().equals("BANK"))
                .mapToLong(JournalFileRow::creditLessDebit).sum();
        long bank = rows.stream().filter(r -> r.role().equals("BANK")).mapToLong(r -> r.debit() - r.credit()).sum();
        long vat = rows.stream().filter(r -> r.role().equals("VAT")).mapToLong(JournalFileRow::creditLessDebit).sum();
        assertThat(incomeAndVat).isEqualTo(grossPence).isEqualTo(bank).isEqualTo(run.grossPence());
        assertThat(vat).isEqualTo(vatPence).isEqualTo(run.vatPence()).isNotZero();
        assertThat(run.postingCount()).isEqualTo(600);
        assertThat(rows).filteredOn(r -> r.role().equals("VAT"))
                .allSatisfy(r -> assertThat(r.ledger()).isEqualTo("V9001"));
        assertThat(rows).filteredOn(r -> r.role().equals("SUSPENSE"))
                .allSatisfy(r -> assertThat(r.ledger()).isEqualTo("S9999"));
        assertThat(rows).filteredOn(r -> r.fund().equals("CTAX"))
                .allSatisfy(r -> assertThat(r).extracting(JournalFileRow::ledger, JournalFileRow::costCentre,
                        JournalFileRow::service).containsExactly("R1001", "CC100", "REV"));
    }

    @Test
    void summaryAndDetailCarryTheSameTotals() {
        ExportRun summary = ledger.export("gl", LocalDate.of(2025, 6, 30));
        ExportRun detail = ledger.export("gl-detail", LocalDate.of(2025, 6, 30));

        List<JournalFileRow> summaryRows = JournalFileRow.read(ledger.file(summary));
        List<JournalFileRow> detailRows = JournalFileRow.read(ledger.file(detail));
        assertThat(totalsByLedgerCode(detailRows)).isEqualTo(totalsByLedgerCode(summaryRows));
        assertThat(detail).extracting(ExportRun::grossPence, ExportRun::vatPence)
                .containsExactly(summary.grossPence(), summary.vatPence());
        assertThat(detailRows).filteredOn(r -> r.role().equals("INCOME") || r.role().equals("SUSPENSE"))
                .hasSize(600).allSatisfy(r -> {
                    assertThat(r.receipt()).isNotEmpty();
                    assertThat(r.reference()).isEqualTo("REF" + r.receipt());
                    assertThat(r.receipts()).isEqualTo(1);
                });
        List<JournalFileRow> summaryFundLines = summaryRows.stream()
                .filter(r -> r.role().equals("INCOME") || r.role().equals("SUSPENSE")).toList();
        assertThat(summaryFundLines).hasSize(6 * FUNDS.size()).allSatisfy(r -> assertThat(r.receipt()).isEmpty());
        assertThat(summaryFundLines.stream().mapToLong(JournalFileRow::receipts).sum()).isEqualTo(600);
    }

    @Test
    void aJournalIsDatedOnTheLastDayOfTheRunInItsPeriod() {
        ExportRun run = ledger.export("gl", LocalDate.of(2025, 6, 15));

        assertThat(JournalFileRow.read(ledger.file(run)).stream().map(r -> r.period() + " " + r.date()).distinct())
                .containsExactlyInAnyOrder("1 2025-04-30", "2 2025-05-31", "3 2025-06-15");
    }

    private static Map<String, Long> totalsByLedgerCode(List<JournalFileRow> rows) {
        return rows.stream().collect(groupingBy(r -> r.journal() + " " + r.role() + " " + r.ledger(),
                summingLong(JournalFileRow::creditLessDebit)));
    }
}
