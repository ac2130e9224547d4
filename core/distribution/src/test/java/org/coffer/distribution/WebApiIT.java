package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real server with the real plugins, called over HTTP. */
class WebApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private Http http;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        server = WebServer.start(coffer.coffer());
        http = new Http(server.port()).withToken(coffer.issueToken("scheduler", Role.ADMINISTRATOR));
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void saysItIsHealthy() throws Exception {
        HttpResponse<String> response = http.get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("ok");
    }

    @Test
    void listsTheLoadedPluginsAndTheirFormats() throws Exception {
        JsonNode plugins = json(http.get("/api/plugins"));

        assertThat(plugins.path("loaded").findValuesAsText("id")).contains("bank-camt053", "bank-mt940");
        assertThat(plugins.path("loaded").findValues("formats").toString()).contains("camt053", "mt940");
        assertThat(plugins.path("failed")).isEmpty();
    }

    @Test
    void importsAnUploadAndListsIt() throws Exception {
        GeneratedFile file = new StatementFiles(51L).mt940(folder.resolve("upload.sta"), 500);

        HttpResponse<String> response = http.upload("/api/imports", file.path(), Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode outcome = json(response);
        assertThat(outcome.path("fileName").asText()).isEqualTo("upload.sta");
        assertThat(outcome.path("formatId").asText()).isEqualTo("mt940");
        long credits = 0;
        for (JsonNode statement : outcome.path("statements")) {
            credits += statement.path("credits").path("pence").asLong();
        }
        assertThat(credits).isEqualTo(file.creditPence());
        JsonNode history = json(http.get("/api/imports"));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("importedBy").asText()).isEqualTo("token:scheduler");
        assertThat(history.get(0).path("receiptCount").asLong()).isEqualTo(file.lines());
    }

    @Test
    void refusesADuplicateUploadWithConflictAndTheEarlierImport() throws Exception {
        GeneratedFile file = new StatementFiles(52L).camt053(folder.resolve("twice.xml"), 100);
        http.upload("/api/imports", file.path(), Map.of());

        HttpResponse<String> again = http.upload("/api/imports", file.path(), Map.of());

        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode error = json(again);
        assertThat(error.path("code").asText()).isEqualTo("IMPORT_DUPLICATE_FILE");
        assertThat(error.path("message").asText()).contains("twice.xml", "import #1");
    }

    @Test
    void refusesAnUploadWithoutAFile() throws Exception {
        HttpResponse<String> response = http.uploadNothing("/api/imports", Map.of("as", "mt940"));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void summarisesIncomeByFundChannelAndDayToThePenny() throws Exception {
        GeneratedFile file = new StatementFiles(53L).mt940(folder.resolve("income.sta"), 1_000);
        coffer.importFile(file.path());
        long posted = coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE currency = 'GBP'");

        JsonNode summary = json(http.get("/api/summary"));

        assertThat(summary.path("total").path("pence").asLong()).isEqualTo(posted);
        assertThat(sum(summary.path("byFund"))).isEqualTo(posted);
        assertThat(sum(summary.path("byChannel"))).isEqualTo(posted);
        assertThat(sum(summary.path("byDay"))).isEqualTo(posted);
        assertThat(summary.path("byFund").findValuesAsText("key")).contains("SUSP");
    }

    @Test
    void summarisesOnlyTheDatesAsked() throws Exception {
        GeneratedFile file = new StatementFiles(54L).mt940(folder.resolve("income.sta"), 1_000);
        coffer.importFile(file.path());
        String day = coffer.coffer().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT CAST(min(effective_date) AS VARCHAR) FROM postings").mapTo(String.class).one());
        long posted = coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE effective_date = '"
                + day + "'");

        JsonNode summary = json(http.get("/api/summary?from=" + day + "&to=" + day));

        assertThat(summary.path("total").path("pence").asLong()).isEqualTo(posted);
        assertThat(summary.path("byDay").findValuesAsText("key")).containsExactly(day);
    }

    @Test
    void explainsABadDateInJson() throws Exception {
        HttpResponse<String> response = http.get("/api/summary?from=01/04/2025");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.path("code").asText()).isEqualTo("WEB_BAD_PARAMETER");
        assertThat(error.path("message").asText()).contains("'from'", "YYYY-MM-DD", "01/04/2025");
    }

    private static long sum(JsonNode totals) {
        long sum = 0;
        for (JsonNode total : totals) {
            sum += total.path("pence").asLong();
        }
        return sum;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
