package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council's settings over the JSON API of a real server with the real plugins, and imports that follow them. */
class SettingsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private Http admin;
    private Http officer;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        server = WebServer.start(coffer.coffer());
        admin = new Http(server.port()).withToken(coffer.issueToken("ada", Role.ADMINISTRATOR));
        officer = new Http(server.port()).withToken(coffer.issueToken("olly", Role.INCOME_OFFICER));
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    private JsonNode table(String slug) throws Exception {
        HttpResponse<String> answer = officer.get("/api/settings/" + slug);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String change(JsonNode table, String values) {
        return "{\"adding\": false, \"version\": \"" + table.path("version").asText() + "\", \"values\": " + values
                + "}";
    }

    @Test
    void anAdministratorChangesAFundAndTheFileTheAuditAndTheRunningCouncilHaveIt() throws Exception {
        JsonNode funds = table("funds");
        assertThat(funds.path("columns").toString()).startsWith("[\"code\",\"name\"");

        HttpResponse<String> saved = admin.postJson("/api/settings/funds", change(funds,
                "{\"code\": \"HRENT\", \"maximum_amount\": \"750.00\"}"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).path("maximum_amount").asText()).isEqualTo("750.00");
        assertThat(Files.readString(folder.resolve("council/funds.csv"))).contains("HRENT,Housing rents,").contains(
                ",750.00,yes,");
        assertThat(coffer.coffer().council().requireFund("HRENT").maximumPence().getAsLong()).isEqualTo(75_000);
        JsonNode audit = JSON.readTree(admin.get("/api/audit?action=settings.changed").body());
        assertThat(audit.toString()).contains("funds.csv HRENT", "5000.00", "750.00", "token:ada");
    }

    @Test
    void anOfficerMayLookButNotChange() throws Exception {
        HttpResponse<String> refused = officer.postJson("/api/settings/funds", change(table("funds"),
                "{\"code\": \"CTAX\", \"enabled\": \"no\"}"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(coffer.coffer().council().requireFund("CTAX").enabled()).isTrue();
    }

    @Test
    void aWrongValueIsRefusedWithTheLoadersMessageAndAStaleVersionAsAConflict() throws Exception {
        JsonNode funds = table("funds");
        String before = Files.readString(folder.resolve("council/funds.csv"));

        HttpResponse<String> wrong = admin.postJson("/api/settings/funds", change(funds,
                "{\"code\": \"CTAX\", \"enabled\": \"maybe\"}"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).path("code").asText()).isEqualTo("SETTINGS_INVALID");
        assertThat(JSON.readTree(wrong.body()).path("message").asText()).isEqualTo(
                "nothing was saved: funds.csv line 2: enabled 'maybe' is not yes or no");
        assertThat(Files.readString(folder.resolve("council/funds.csv"))).isEqualTo(before);

        assertThat(admin.postJson("/api/settings/funds", change(funds, "{\"code\": \"CTAX\", \"name\": \"Tax\"}"))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> stale = admin.postJson("/api/settings/funds", change(funds,
                "{\"code\": \"CTAX\", \"name\": \"Council tax\"}"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).path("code").asText()).isEqualTo("SETTINGS_CONFLICT");
    }

    @Test
    void anImportAfterAChangeToAFundsRuleAllocatesByTheNewRule() throws Exception {
        ImportOutcome first = coffer.importFile(new StatementFiles(171L).mt940(folder.resolve("may.sta"), 300)
                .path());
        assertThat(ctaxPostings(first)).as("the demo rules put council tax payments on CTAX").isPositive();

        HttpResponse<String> saved = admin.postJson("/api/settings/reference-rules", change(
                table("reference-rules"), "{\"fund\": \"CTAX\", \"rule\": \"Council tax account\", "
                        + "\"pattern\": \"5.*\"}"));
        assertThat(saved.statusCode()).isEqualTo(200);

        ImportOutcome second = coffer.importFile(new StatementFiles(172L).camt053(folder.resolve("june.xml"), 300)
                .path());
        assertThat(ctaxPostings(second)).as("no council tax reference starts with 5").isZero();
    }

    private long ctaxPostings(ImportOutcome outcome) {
        return coffer.sum("SELECT count(*) FROM postings p JOIN receipts r ON r.id = p.receipt_id WHERE r.import_id = "
                + outcome.importId() + " AND p.fund_code = 'CTAX'");
    }
}
