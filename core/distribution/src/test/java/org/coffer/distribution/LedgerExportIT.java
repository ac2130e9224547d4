package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.CofferException;
import org.coffer.server.ledger.LedgerErrorCode;
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

        SeparateJvm reverse = SeparateJvm.start(folder, List.of(), "export", "--reverse", "1");
        assertThat(reverse.waitFor()).as(reverse.output()).isZero();
        assertThat(reverse.output()).contains("Run 2 reverses run 1, to backoffice:");
        SeparateJvm third = SeparateJvm.start(folder, List.of(), "export", "backoffice", "--to", "2025-09-30");
        assertThat(third.waitFor()).as(third.output()).isZero();
        assertThat(penceIn(Files.readAllLines(folder.resolve("exports/backoffice-run-3.csv"))))
                .isEqualTo(penceIn(rows));

        SeparateJvm list = SeparateJvm.start(folder, List.of(), "exports");
        assertThat(list.waitFor()).isZero();
        assertThat(list.output()).contains("#3", "#2", "REVERSES #1", "#1", "REVERSED by #2", "backoffice-run-1.csv");
    }

    @Test
    void aTargetThePluginCannotWriteIsRefusedAndNothingIsRecorded() throws Exception {
        Files.writeString(folder.resolve("council/ledger-targets.csv"), "summary,backoffice-payments,SUMMARY,\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            importGeneratedFiles(coffer);

            assertThatThrownBy(() -> coffer.coffer().exports().export(TestCoffer.ACTOR, "summary", Optional.empty(),
                    LocalDate.of(2025, 9, 30)))
                    .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.code())
                            .isEqualTo(LedgerErrorCode.LEDGER_EXPORT_REFUSED))
                    .hasMessageStartingWith("the backoffice-payments export refused to write summary-run-1.csv, and "
                            + "nothing was exported")
                    .hasMessageContaining("set the target's detail to DETAIL in ledger-targets.csv");
            assertThat(coffer.count("export_runs") + coffer.count("export_postings")).isZero();
            try (Stream<Path> files = Files.list(folder.resolve("exports"))) {
                assertThat(files).isEmpty();
            }
        }
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
    void aFinanceManagerExportsAndReversesFromTheExportsPage() throws Exception {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            importGeneratedFiles(coffer);
            coffer.addUser("fiona", Role.FINANCE_MANAGER);
            coffer.addUser("ivan", Role.INCOME_OFFICER);
            try (WebServer server = WebServer.start(coffer.coffer())) {
                Http officer = new Http(server.port());
                officer.signIn("ivan", TestCoffer.PASSWORD);
                assertThat(officer.get("/exports").statusCode()).isEqualTo(403);
                Http fiona = new Http(server.port());
                fiona.signIn("fiona", TestCoffer.PASSWORD);
                assertThat(fiona.get("/exports").body()).contains("backoffice (backoffice-payments, DETAIL)",
                        "Nothing has been exported yet.").doesNotContain("Close the period");

                HttpResponse<String> exported = fiona.postForm("/exports", Map.of("_csrf", fiona.csrf(),
                        "target", "backoffice", "to", "2025-06-30"));
                HttpResponse<String> reversed = fiona.postForm("/exports/1/reverse",
                        Map.of("_csrf", fiona.csrf()));

                assertThat(exported.headers().firstValue("Location")).hasValue("/exports?run=1");
                assertThat(reversed.headers().firstValue("Location")).hasValue("/exports?run=2");
                assertThat(fiona.get("/exports?run=2").body()).contains("Run 2 written", "Reverses run 1",
                        "Reversed by run 2", "backoffice-run-2.csv");
                List<String> original = fiona.get("/exports/1/file").body().lines().toList();
                List<String> reversal = fiona.get("/exports/2/file").body().lines().toList();
                assertThat(penceIn(reversal)).isEqualTo(-penceIn(original)).isNegative();
                assertThat(coffer.sum("SELECT count(*) FROM audit_log WHERE actor = 'fiona' AND action IN "
                        + "('export.run', 'export.reversed')")).isEqualTo(2);
                List<Object[]> report = coffer.coffer().reports().run("export-runs",
                        Map.of("from", "2000-01-01", "to", "2099-12-31")).firstRows(10);
                assertThat(report).extracting(row -> row[0] + " " + row[13])
                        .containsExactly("1 reversed by run 2", "2 reverses run 1");
                assertThat((Long) report.get(0)[11] + (Long) report.get(1)[11])
                        .as("a run and its reversal net to nothing").isZero();
            }
        }
    }

    @Test
    void bankLinesForAClosedPeriodStillLandButArePostedInTheNextOpenOne() throws Exception {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            try (WebServer server = WebServer.start(coffer.coffer())) {
                Http manager = new Http(server.port()).withToken(coffer.issueToken("fm", Role.FINANCE_MANAGER));
                Http administrator = new Http(server.port()).withToken(coffer.issueToken("adm", Role.ADMINISTRATOR));
                String april = "{\"year\": 2025, \"period\": 1}";
                assertThat(manager.postJson("/api/periods/close", april).statusCode()).isEqualTo(403);
                assertThat(administrator.postJson("/api/periods/close", april).statusCode()).isEqualTo(204);
                assertThat(administrator.postJson("/api/periods/close", april).statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(manager.get("/api/periods").body()).get(0).path("closedBy").asText())
                        .isEqualTo("adm");
            }

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
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
