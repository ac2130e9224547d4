package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated bank files imported into the assembled server, exported to the demo council's back-office target with
 * the real ledger-backoffice plugin, through the command line and the API; each file is read back.
 */
class LedgerExportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The funds Fernley's back-office target lists in ledger-targets.csv. */
    private static final String BACKOFFICE_FUNDS = "('CTAX', 'NNDR', 'HRENT', 'PARK')";

    @TempDir
    Path folder;

    @BeforeEach
    void workingFolder() throws IOException {
        TestCoffer.config(folder);
        Files.writeString(folder.resolve("coffer.properties"),
                "database.file=coffer.duckdb\nplugins.dir=plugins\ncouncil.dir=council\n");
    }

    @Test
    void theCommandLineExportsEachReceiptOnceAndTheFileAddsUpToThem() throws Exception {
        importGeneratedFiles();

        SeparateJvm run = SeparateJvm.start(folder, List.of(), "export", "backoffice", "--to", "2025-09-30");
        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).contains("Run 1 to backoffice:", "exports/backoffice-run-1.csv");

        List<String> rows = Files.readAllLines(folder.resolve("exports/backoffice-run-1.csv"), StandardCharsets.UTF_8);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            long exported = coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code IN "
                    + BACKOFFICE_FUNDS + " AND effective_date <= DATE '2025-09-30'");
            long receipts = coffer.sum("SELECT count(*) FROM postings WHERE fund_code IN " + BACKOFFICE_FUNDS
                    + " AND effective_date <= DATE '2025-09-30'");
            assertThat(rows.get(0)).isEqualTo("account_reference,fund,amount,date,receipt");
            assertThat(rows).hasSize((int) receipts + 1);
            assertThat(penceIn(rows)).isEqualTo(exported).isPositive();
            assertThat(coffer.coffer().exports().run(1).sha256()).isEqualTo(sha256(folder.resolve(
                    "exports/backoffice-run-1.csv")));
        }

        SeparateJvm again = SeparateJvm.start(folder, List.of(), "export", "backoffice", "--to", "2025-09-30");
        assertThat(again.waitFor()).isEqualTo(1);
        assertThat(again.output()).contains("nothing to export to backoffice: run 1 already exported the postings "
                + "dated up to 2025-09-30").doesNotContain("Exception");

        SeparateJvm list = SeparateJvm.start(folder, List.of(), "exports");
        assertThat(list.waitFor()).isZero();
        assertThat(list.output()).contains("#1", "backoffice", "LIVE", "backoffice-run-1.csv");
    }

    @Test
    void twoClientsExportingAtOnceNeverExportAReceiptTwice() throws Exception {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            importGeneratedFiles(coffer);
            try (WebServer server = WebServer.start(coffer.coffer())) {
                Http first = new Http(server.port()).withToken(coffer.issueToken("finance-a", Role.FINANCE_MANAGER));
                Http second = new Http(server.port()).withToken(coffer.issueToken("finance-b", Role.FINANCE_MANAGER));
                CountDownLatch ready = new CountDownLatch(2);
                ExecutorService both = Executors.newFixedThreadPool(2);
                List<Future<HttpResponse<String>>> answers;
                try {
                    answers = both.invokeAll(List.of(exportAtOnce(first, ready), exportAtOnce(second, ready)));
                } finally {
                    both.shutdownNow();
                }

                assertThat(List.of(answers.get(0).get().statusCode(), answers.get(1).get().statusCode()))
                        .containsExactlyInAnyOrder(201, 409);
                assertThat(coffer.sum("SELECT count(*) - count(DISTINCT posting_id) FROM export_postings")).isZero();
                HttpResponse<String> file = first.get("/api/exports/1/file");
                assertThat(file.statusCode()).isEqualTo(200);
                assertThat(penceIn(file.body().lines().toList())).isEqualTo(coffer.sum(
                        "SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code IN "
                                + BACKOFFICE_FUNDS));
                JsonNode runs = JSON.readTree(first.get("/api/exports").body());
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0).path("postingCount").asLong()).isEqualTo(coffer.count("postings"));
            }
        }
    }

    @Test
    void bankLinesForAClosedPeriodStillLandButArePostedInTheNextOpenOne() throws Exception {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            coffer.coffer().periods().close(TestCoffer.ACTOR, new FinancialPeriod(2025, 1));

            importGeneratedFiles(coffer);

            assertThat(coffer.sum("SELECT count(*) FROM receipts WHERE value_date < DATE '2025-05-01'")).isPositive();
            assertThat(coffer.sum("SELECT count(*) FROM postings WHERE effective_date < DATE '2025-05-01' "
                    + "OR (financial_year = 2025 AND period = 1)")).isZero();
            assertThat(coffer.sum("SELECT count(*) FROM postings p JOIN receipts r ON r.id = p.receipt_id "
                    + "WHERE r.value_date < DATE '2025-05-01' AND p.effective_date <> DATE '2025-05-01'")).isZero();
        }
    }

    private static Callable<HttpResponse<String>> exportAtOnce(Http client, CountDownLatch ready) {
        return () -> {
            ready.countDown();
            ready.await();
            return client.postJson("/api/exports", "{\"target\": \"backoffice\", \"to\": \"2026-03-31\"}");
        };
    }

    private void importGeneratedFiles() throws Exception {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            importGeneratedFiles(coffer);
        }
    }

    private void importGeneratedFiles(TestCoffer coffer) throws IOException {
        coffer.importFile(new StatementFiles(91L).mt940(folder.resolve("main.sta"), 1_500).path());
        coffer.importFile(new StatementFiles(92L).camt053(folder.resolve("income.xml"), 1_500).path());
    }

    /** The amounts of a back-office file, after its header row, in pence. */
    private static long penceIn(List<String> rows) {
        return rows.stream().skip(1).mapToLong(row -> new BigDecimal(row.split(",")[2]).movePointRight(2)
                .longValueExact()).sum();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
