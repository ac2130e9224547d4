package org.coffer.plugin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance suite every ledger export plugin extends. It writes realistic journals through the plugin and has
 * the plugin's test read the file back, then checks what a finance team relies on: every journal balances to zero,
 * every line is there with its exact amount, income and VAT add up to the gross receipts, payers' text never becomes
 * a spreadsheet formula, a missing setting is named, the same journals give the same bytes (even written from two
 * threads at once), and a large journal streams (plugin tests run with a small
 * heap, and the large journal's lines are made as they are read).
 */
public abstract class AbstractLedgerExportTest {

    /** Enough lines that a plugin holding every line of a journal runs out of a 64 MB heap. */
    protected static final int LARGE_JOURNAL_LINES = 200_000;

    @TempDir
    protected Path temp;

    /** The export under test, constructed as PF4J would: through its no-argument constructor. */
    protected abstract LedgerExport export();

    /** Settings that make a complete, working export target. */
    protected abstract Map<String, String> settings();

    /** The settings the export cannot work without. */
    protected abstract List<String> requiredSettings();

    /** Whether the files are delimited text that a person may open in a spreadsheet. */
    protected abstract boolean writesCsv();

    /** Reads a file this export wrote back into rows, one a journal line, in the file's order; the caller closes. */
    protected abstract Stream<ExportedRow> readBack(Path file) throws IOException;

    @Test
    void describesItselfWithAStableIdANameAndAnExtension() {
        assertThat(export().id()).matches("[a-z0-9][a-z0-9-]*");
        assertThat(export().displayName()).isNotBlank();
        assertThat(export().fileExtension()).matches("[a-z0-9]+");
    }

    @Test
    void everyJournalBalancesToZero() throws IOException {
        List<TestingJournal> journals = TestingJournals.run();
        Map<String, List<ExportedRow>> written = byJournal(write(journals, "run"));

        assertThat(written).as("journals in the file").hasSize(journals.size());
        written.forEach((journal, rows) -> assertThat(rows.stream().mapToLong(ExportedRow::signedPence).sum())
                .as("sum of journal %s", journal).isZero());
    }

    @Test
    void everyLineIsWrittenOnceWithItsExactAmount() throws IOException {
        List<TestingJournal> journals = TestingJournals.run();
        List<List<ExportedRow>> written = new ArrayList<>(byJournal(write(journals, "run")).values());

        for (int i = 0; i < journals.size(); i++) {
            List<String> expected = new ArrayList<>();
            try (Stream<JournalLine> lines = journals.get(i).lines()) {
                lines.forEach(line -> expected.add(line.ledgerCode() + " " + line.signedPence()));
            }
            assertThat(written.get(i)).as("journal %d", i + 1)
                    .extracting(row -> row.ledgerCode() + " " + row.signedPence()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void incomeAndVatLinesAddUpToTheGrossReceipts() throws IOException {
        List<ExportedRow> first = byJournal(write(TestingJournals.run(), "run")).values().iterator().next();

        Set<String> incomeAndVatCodes = Set.of(TestingJournals.COUNCIL_TAX, TestingJournals.BUSINESS_RATES,
                TestingJournals.TRADE_WASTE, TestingJournals.VAT);
        long incomeAndVat = -first.stream().filter(row -> incomeAndVatCodes.contains(row.ledgerCode()))
                .mapToLong(ExportedRow::signedPence).sum();
        long suspense = -sum(first, TestingJournals.SUSPENSE);
        assertThat(incomeAndVat).isEqualTo(TestingJournals.FIRST_JOURNAL_GROSS);
        assertThat(incomeAndVat + suspense).as("income, VAT and suspense against the bank")
                .isEqualTo(sum(first, TestingJournals.BANK));
    }

    @Test
    void narrativesNeverBecomeSpreadsheetFormulas() throws IOException {
        assumeTrue(writesCsv(), "only delimited files are opened in spreadsheets");
        List<String> narratives = new ArrayList<>();
        try (Stream<ExportedRow> rows = readBack(write(TestingJournals.run(), "run"))) {
            rows.map(ExportedRow::narrative).filter(text -> !text.isEmpty()).forEach(narratives::add);
        }
        assertThat(narratives).allSatisfy(text -> assertThat("=+-@\t\r").doesNotContain(text.substring(0, 1)));
        for (String hostile : TestingJournals.HOSTILE_NARRATIVES) {
            assertThat(narratives).as("the narrative %s, kept", hostile).anyMatch(text -> text.contains(hostile));
        }
    }

    @Test
    void aMissingRequiredSettingIsRefusedByName() {
        assertThat(requiredSettings()).as("required settings").isNotEmpty();
        for (String setting : requiredSettings()) {
            TestingExportContext context = context("run").without(setting);
            assertThatThrownBy(() -> export().write(List.copyOf(TestingJournals.run()), context,
                    OutputStream.nullOutputStream()))
                    .as("writing without %s", setting).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("'" + setting + "'");
        }
    }

    @Test
    void leavesTheStreamOpenForTheApplication() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(OutputStream.nullOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        export().write(List.copyOf(TestingJournals.run()), context("run"), out);
        assertThat(closed[0]).as("the plugin closed the application's stream").isFalse();
    }

    /** The application stores each file's SHA-256, and one export instance serves every target at once. */
    @Test
    void writesTheSameBytesEveryTimeEvenFromTwoThreadsAtOnce() throws Exception {
        Path once = write(TestingJournals.run(), "once");
        CompletableFuture<Path> first = CompletableFuture.supplyAsync(() -> writeUnchecked("first"));
        CompletableFuture<Path> second = CompletableFuture.supplyAsync(() -> writeUnchecked("second"));

        assertThat(Files.mismatch(once, first.get())).as("first of two at once").isEqualTo(-1L);
        assertThat(Files.mismatch(once, second.get())).as("second of two at once").isEqualTo(-1L);
    }

    @Test
    void streamsALargeJournalInASmallHeap() throws IOException {
        TestingJournal large = TestingJournals.large(LARGE_JOURNAL_LINES);
        long rows = 0;
        long balance = 0;
        long credits = 0;
        try (Stream<ExportedRow> written = readBack(write(List.of(large), "large"))) {
            for (ExportedRow row : (Iterable<ExportedRow>) written::iterator) {
                rows++;
                balance += row.signedPence();
                credits += Math.max(0, -row.signedPence());
            }
        }
        assertThat(rows).isEqualTo(LARGE_JOURNAL_LINES);
        assertThat(balance).isZero();
        assertThat(credits).isEqualTo(large.header().creditPence());
    }

    /** The context of a file named after {@code name} with this export's extension and the complete settings. */
    protected TestingExportContext context(String name) {
        return TestingExportContext.of(name + "." + export().fileExtension(), settings());
    }

    /** Writes journals to a file in the temporary folder, as the application would, and gives the file. */
    protected Path write(List<? extends Journal> journals, String name) throws IOException {
        TestingExportContext context = context(name);
        Path file = temp.resolve(context.fileName());
        try (OutputStream out = Files.newOutputStream(file)) {
            export().write(List.copyOf(journals), context, out);
        }
        return file;
    }

    private Path writeUnchecked(String name) {
        try {
            return write(TestingJournals.run(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a file grouped by journal, journals in the order the file first names them. */
    protected Map<String, List<ExportedRow>> byJournal(Path file) throws IOException {
        Map<String, List<ExportedRow>> journals = new LinkedHashMap<>();
        try (Stream<ExportedRow> rows = readBack(file)) {
            rows.forEach(row -> journals.computeIfAbsent(row.journal(), key -> new ArrayList<>()).add(row));
        }
        return journals;
    }

    private static long sum(List<ExportedRow> rows, String ledgerCode) {
        return rows.stream().filter(row -> row.ledgerCode().equals(ledgerCode)).mapToLong(ExportedRow::signedPence)
                .sum();
    }
}
