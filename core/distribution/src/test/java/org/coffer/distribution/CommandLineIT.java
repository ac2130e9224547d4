package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code coffer} command as a person runs it: its own JVM, a working folder, words and exit codes. */
class CommandLineIT {

    @TempDir
    Path folder;

    @BeforeEach
    void workingFolder() throws IOException {
        TestCoffer.config(folder);
        Files.writeString(folder.resolve("coffer.properties"),
                "database.file=coffer.duckdb\nplugins.dir=plugins\ncouncil.dir=council\n");
    }

    @Test
    void importPrintsEachStatementsReceiptsCreditsAndDebits() throws Exception {
        GeneratedFile file = new StatementFiles(61L).mt940(folder.resolve("main.sta"), 400);

        SeparateJvm run = SeparateJvm.start(folder, List.of(), "import", file.path().toString());

        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).contains("main.sta: stored as import #1, read as mt940")
                .contains(Amounts.count(file.lines()) + " receipts");
        long statementLines = run.output().lines().filter(line -> line.startsWith("  statement ")).count();
        assertThat(statementLines).isEqualTo(file.statements());
        assertThat(run.output()).contains("credits £", "debits £");
    }

    @Test
    void importExitsNonZeroAndSaysWhyWhenAFileIsRefused() throws Exception {
        Path letter = Files.writeString(folder.resolve("letter.txt"), "Dear Sir, please find my payment enclosed.");

        SeparateJvm run = SeparateJvm.start(folder, List.of(), "import", letter.toString());

        assertThat(run.waitFor()).isEqualTo(1);
        assertThat(run.output()).contains("letter.txt is not in any format Coffer reads", "camt053", "mt940")
                .doesNotContain("Exception");
    }

    @Test
    void importsListsTheHistory() throws Exception {
        GeneratedFile file = new StatementFiles(62L).camt053(folder.resolve("income.xml"), 100);
        SeparateJvm.start(folder, List.of(), "import", file.path().toString()).waitFor();

        SeparateJvm run = SeparateJvm.start(folder, List.of(), "imports");

        assertThat(run.waitFor()).isZero();
        assertThat(run.output()).contains("#1", "STORED", "income.xml", "camt053", "by cli:");
    }

    @Test
    void reportWritesAPdf() throws Exception {
        GeneratedFile file = new StatementFiles(64L).mt940(folder.resolve("main.sta"), 100);
        SeparateJvm.start(folder, List.of(), "import", file.path().toString()).waitFor();
        Path pdf = folder.resolve("out/imports.pdf");

        SeparateJvm run = SeparateJvm.start(folder, List.of(), "report", "imports", "--format", "pdf", "--out",
                pdf.toString(), "--param", "from=2020-01-01");

        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).contains("wrote imports (pdf) to " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Imports and reconciliation", "main.sta");
        }
    }

    @Test
    void reportWritesTheCommitteePackAsOnePdfAndRefusesCsv() throws Exception {
        GeneratedFile file = new StatementFiles(65L).mt940(folder.resolve("main.sta"), 100);
        SeparateJvm.start(folder, List.of(), "import", file.path().toString()).waitFor();
        Path pdf = folder.resolve("out/pack.pdf");

        SeparateJvm run = SeparateJvm.start(folder, List.of(), "report", "committee-pack", "--format", "pdf",
                "--out", pdf.toString(), "--param", "from=2020-01-01", "--param", "to=2030-03-31");
        assertThat(run.waitFor()).as(run.output()).isZero();
        SeparateJvm csv = SeparateJvm.start(folder, List.of(), "report", "committee-pack", "--format", "csv",
                "--out", folder.resolve("out/pack.csv").toString());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Committee pack",
                    "Period: 1 January 2020 to 31 March 2030", "Committee pack: Suspense",
                    "Page 1 of " + document.getNumberOfPages());
        }
        assertThat(csv.waitFor()).isNotZero();
        assertThat(csv.output()).contains("the pack committee-pack comes as xlsx or pdf, not csv");
    }

    @Test
    void benchTimesTheChosenImportsBesideWhatReadingAndStoringTheSameRowsAloneCost() throws Exception {
        SeparateJvm run = SeparateJvm.start(folder, List.of(), "bench", "--formats", "allpay,lloyds-cbo-csv",
                "--receipts", "300", "--warm-up-receipts", "100", "--summary-receipts", "0", "--report-rows", "0",
                "--reconciliation-payments", "0", "--dir", folder.resolve("bench").toString());

        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("import allpay +300 receipts .* receipts per CPU second")
                .containsPattern("import lloyds-cbo-csv +300 receipts .* receipts per CPU second")
                .contains("DuckDB alone copying its 300 receipts and their postings")
                .contains("the allpay plugin alone reading the file into nothing", "for 300 lines")
                .containsPattern("least CPU any import of the file can take, reading plus storing: .* receipts/s on "
                        + "one core")
                .doesNotContain("summary over", "import mt940");
    }

    @Test
    void benchRefusesAFormatItCannotGenerate() throws Exception {
        SeparateJvm run = SeparateJvm.start(folder, List.of(), "bench", "--formats", "bai2", "--receipts", "10",
                "--summary-receipts", "0", "--dir", folder.resolve("bench").toString());

        assertThat(run.waitFor()).isEqualTo(2);
        assertThat(run.output()).contains("--formats: no benchmark for bai2", "allpay");
    }

    @Test
    void pluginsListsEachPluginWithItsFormats() throws Exception {
        SeparateJvm run = SeparateJvm.start(folder, List.of(), "plugins");

        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).contains("bank-camt053", "formats camt053", "bank-mt940", "formats mt940");
    }

    @Test
    void aWritingCommandSaysWhichServerHoldsTheDatabase() throws Exception {
        SeparateJvm server = SeparateJvm.start(folder, List.of(), "serve", "--port", "0");
        try {
            int port = waitForPort(server);
            GeneratedFile file = new StatementFiles(63L).mt940(folder.resolve("main.sta"), 50);

            SeparateJvm run = SeparateJvm.start(folder, List.of(), "import", file.path().toString());

            assertThat(run.waitFor()).isEqualTo(1);
            assertThat(run.output()).contains("the database is in use by the Coffer server on port " + port
                    + ": use the browser or stop the server").doesNotContain("Exception");
        } finally {
            server.kill();
        }
    }

    @Test
    void demoLoadsTwoYearsOfTheDemoCouncil() throws Exception {
        SeparateJvm run = SeparateJvm.start(folder, List.of(), "demo", "--no-serve");

        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("Loaded 48 files, [0-9,]+ receipts")
                .containsPattern("Sign in as demo-admin with the password [A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}");
        Matcher rate = Pattern.compile("Allocated to their fund at import: ([0-9.]+)% of payments, ([0-9.]+)% of "
                + "their value").matcher(run.output());
        assertThat(rate.find()).as(run.output()).isTrue();
        // Settlement lines and payments without a usable reference stay in suspense by design.
        assertThat(Double.parseDouble(rate.group(1))).as("share of payments allocated").isBetween(60.0, 100.0);
        assertThat(folder.resolve("coffer-data/demo/coffer.duckdb")).exists();
    }

    private static int waitForPort(SeparateJvm server) throws InterruptedException {
        Pattern running = Pattern.compile("running at http://[^:]+:(\\d+)/");
        for (int tick = 0; tick < 600; tick++) {
            Matcher matcher = running.matcher(server.output());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            assertThat(server.isAlive()).as("the server is running; it printed:\n%s", server.output()).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the server never said it was running:\n" + server.output());
    }
}
