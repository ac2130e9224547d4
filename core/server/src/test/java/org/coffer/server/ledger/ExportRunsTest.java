package org.coffer.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.coffer.server.CofferException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export runs over time: once only, reversed, exported again; a failing plugin; suspense moved by journal. */
class ExportRunsTest {

    private static final LocalDate JUNE_END = LocalDate.of(2025, 6, 30);

    @TempDir
    Path folder;

    private TestingExports ledger;

    @BeforeEach
    void openLedger() {
        ledger = TestingExports.open(folder);
        ledger.receipt("MAIN", "CTAX", 12_345, LocalDate.of(2025, 5, 2));
        ledger.receipt("MAIN", "SUND", 6_001, LocalDate.of(2025, 6, 3));
        ledger.receipt("INCOME", "NNDR", 250_000, LocalDate.of(2025, 6, 20));
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void exportingAgainWithoutReversingIsRefusedNamingTheRun() throws Exception {
        ExportRun first = ledger.export("gl", JUNE_END);

        assertThatThrownBy(() -> ledger.export("gl", JUNE_END)).isInstanceOf(CofferException.class)
                .hasMessage("nothing to export to gl: run 1 already exported the postings dated up to 2025-06-30; "
                        + "reverse it first to export them again")
                .extracting(e -> ((CofferException) e).code()).isEqualTo(LedgerErrorCode.LEDGER_NOTHING_TO_EXPORT);
        assertThat(ledger.exports().runs()).containsExactly(first);
        try (Stream<Path> files = Files.list(folder.resolve("data/exports"))) {
            assertThat(files).containsExactly(ledger.file(first));
        }
    }

    @Test
    void aPostingMadeAfterARunGoesInTheNextRunAlone() {
        ledger.export("gl", JUNE_END);
        ledger.receipt("MAIN", "CTAX", 700, LocalDate.of(2025, 6, 30));

        ExportRun second = ledger.export("gl", JUNE_END);

        assertThat(second.postingCount()).isEqualTo(1);
        assertThat(second.grossPence()).isEqualTo(700);
        assertThat(JournalFileRow.read(ledger.file(second))).extracting(JournalFileRow::role, JournalFileRow::debit,
                JournalFileRow::credit).containsExactly(Tuple.tuple("BANK", 700L, 0L),
                        Tuple.tuple("INCOME", 0L, 700L));
    }

    @Test
    void eachTargetReceivesEachPostingOnce() {
        ExportRun gl = ledger.export("gl", JUNE_END);
        ExportRun detail = ledger.export("gl-detail", JUNE_END);

        assertThat(detail.postingCount()).isEqualTo(gl.postingCount()).isEqualTo(3);
        assertThatThrownBy(() -> ledger.export("gl-detail", JUNE_END))
                .hasMessageContaining("run 2 already exported");
    }

    @Test
    void reversingWritesTheLinesSwappedAndFreesThePostingsToExportAgain() {
        ExportRun first = ledger.export("gl", JUNE_END);

        ExportRun reversal = ledger.exports().reverse(TestingExports.ACTOR, first.number());
        ExportRun again = ledger.export("gl", JUNE_END);

        List<JournalFileRow> original = JournalFileRow.read(ledger.file(first));
        List<JournalFileRow> reversed = JournalFileRow.read(ledger.file(reversal));
        assertThat(reversed).hasSameSizeAs(original).allSatisfy(r -> assertThat(r.reversal()).isTrue());
        for (int i = 0; i < original.size(); i++) {
            assertThat(reversed.get(i))
                    .extracting(JournalFileRow::ledger, JournalFileRow::debit, JournalFileRow::credit)
                    .containsExactly(original.get(i).ledger(), original.get(i).credit(), original.get(i).debit());
        }
        assertThat(reversal.reverses()).isEqualTo(1L);
        assertThat(reversal.grossPence()).isEqualTo(-first.grossPence());
        assertThat(ledger.exports().run(1).reversedBy()).isEqualTo(2L);
        assertThat(again.number()).isEqualTo(3);
        assertThat(again).extracting(ExportRun::postingCount, ExportRun::grossPence, ExportRun::vatPence,
                ExportRun::debitPence).containsExactly(first.postingCount(), first.grossPence(), first.vatPence(),
                        first.debitPence());
        assertThat(JournalFileRow.read(ledger.file(again))).extracting(JournalFileRow::ledger, JournalFileRow::debit,
                JournalFileRow::credit).isEqualTo(original.stream().map(r -> Tuple.tuple(
                        r.ledger(), r.debit(), r.credit())).toList());
    }

    @Test
    void aRunIsReversedOnceAndAReversalIsNotReversed() {
        ledger.export("gl", JUNE_END);
        ledger.exports().reverse(TestingExports.ACTOR, 1);

        assertThatThrownBy(() -> ledger.exports().reverse(TestingExports.ACTOR, 1))
                .hasMessage("run 1 was already reversed by run 2");
        assertThatThrownBy(() -> ledger.exports().reverse(TestingExports.ACTOR, 2))
                .hasMessage("run 2 is itself the reversal of run 1; export again instead");
        assertThatThrownBy(() -> ledger.exports().reverse(TestingExports.ACTOR, 9))
                .hasMessage("there is no export run 9; `coffer exports` lists them");
    }

    @Test
    void runsAndReversalsAreAudited() {
        ledger.export("gl", JUNE_END);
        ledger.exports().reverse(TestingExports.ACTOR, 1);

        List<String> audit = ledger.coffer().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT actor || ' ' || action || ' ' || subject || ' ' || after FROM audit_log ORDER BY seq")
                .mapTo(String.class).list());
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).startsWith("cli:tester export.run export run #1 {\"target\":\"gl\"")
                .contains("\"grossPence\":268346", "\"sha256\":\"");
        assertThat(audit.get(1)).startsWith("cli:tester export.reversed export run #2 {\"target\":\"gl\"")
                .contains("\"reverses\":1", "\"grossPence\":-268346");
    }

    @Test
    void aPluginThatFailsHalfWayLeavesNoRunNoExportedPostingAndNoFile() throws Exception {
        assertThatThrownBy(() -> ledger.export("broken", JUNE_END)).isInstanceOf(CofferException.class)
                .hasMessageStartingWith("the testing-failing export failed while writing broken-run-1.txt")
                .hasMessageContaining("the disk of the finance system's share is full")
                .extracting(e -> ((CofferException) e).code()).isEqualTo(LedgerErrorCode.LEDGER_PLUGIN_FAILED);

        assertThat(ledger.exports().runs()).isEmpty();
        assertThat(ledger.count("SELECT count(*) FROM export_postings")).isZero();
        assertThat(ledger.count("SELECT count(*) FROM export_fund_codes")).isZero();
        assertThat(ledger.count("SELECT count(*) FROM audit_log")).isZero();
        try (Stream<Path> files = Files.list(folder.resolve("data/exports"))) {
            assertThat(files).isEmpty();
        }
        assertThat(ledger.export("gl", JUNE_END).number()).isEqualTo(1);
    }

    @Test
    void aPostingIsExportedToATargetByOneLiveRunEvenIfWrittenAround() {
        ledger.export("gl", JUNE_END);

        // What a second writer racing past the checks would do: take the same posting as its first attempt.
        assertThatThrownBy(() -> ledger.coffer().database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO export_postings SELECT posting_id, target, attempt, 99 FROM export_postings LIMIT 1")))
                .hasMessageContaining("violates primary key constraint");
    }

    @Test
    void twoRunsAtOnceNeverExportAPostingTwice() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            Callable<String> export = () -> {
                ready.countDown();
                ready.await();
                try {
                    return "run " + ledger.export("gl", JUNE_END).number();
                } catch (CofferException e) {
                    return e.code().name();
                }
            };
            List<Future<String>> outcomes = two.invokeAll(List.of(export, export));

            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
                    .containsExactlyInAnyOrder("run 1", "LEDGER_NOTHING_TO_EXPORT");
        } finally {
            two.shutdownNow();
        }
        assertThat(ledger.count("SELECT count(*) FROM export_postings")).isEqualTo(3);
    }

    @Test
    void anUnknownTargetIsRefusedNamingTheTargets() {
        assertThatThrownBy(() -> ledger.export("unit4", JUNE_END))
                .hasMessage("there is no export target 'unit4'; the targets are backoffice, gl, gl-detail, broken");
    }
}
