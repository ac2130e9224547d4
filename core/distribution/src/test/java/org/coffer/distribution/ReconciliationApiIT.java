package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people do with what reconciliation leaves over, through the JSON API of a real server: viewers see, officers
 * confirm, match by hand and undo, each with a reason in the audit log; nothing is ever changed or removed.
 */
class ReconciliationApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private Http officer;
    private Http viewer;

    @BeforeEach
    void start() throws IOException {
        SettlementScenarioFiles scenario = SettlementScenarioFiles.write(folder.resolve("scenario"));
        coffer = TestCoffer.open(folder.resolve("coffer"));
        scenario.lastWeekOfApril().forEach(coffer::importFile);
        server = WebServer.start(coffer.coffer());
        officer = new Http(server.port()).withToken(coffer.issueToken("officer", Role.INCOME_OFFICER));
        viewer = new Http(server.port()).withToken(coffer.issueToken("reader", Role.VIEWER));
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void aViewerSeesTheLeftoversButCannotMatch() throws Exception {
        JsonNode leftovers = JSON.readTree(viewer.get("/api/reconciliation").body());

        assertThat(leftovers.path("settlementsWithoutDetail").findValuesAsText("reference"))
                .anyMatch(reference -> reference.startsWith("GOVUK PAY PAYOUT"));
        assertThat(leftovers.path("detailWithoutSettlement").findValuesAsText("fileName"))
                .contains("govukpay-2025-04-24.csv");
        assertThat(leftovers.path("proposals")).hasSize(1);
        assertThat(viewer.postForm("/api/reconciliation/run", Map.of()).statusCode()).isEqualTo(403);
        assertThat(coffer.count("settlement_matches")).isEqualTo(1);
        assertThat(viewer.get("/").body()).as("the dashboard says what is unreconciled and how old")
                .containsPattern("settlements? \\(£[0-9,.]+\\) arrived with no itemisation, the oldest [0-9]+ days?"
                        + " ago")
                .containsPattern("batch(es)? of payments \\(£[0-9,.]+\\) not yet paid to the council");
    }

    @Test
    void anOfficerMatchesByHandWithAReasonAndUndoesItByANewEntry() throws Exception {
        JsonNode leftovers = JSON.readTree(viewer.get("/api/reconciliation").body());
        String line = disputedLine(leftovers);
        String batch = leftovers.path("detailWithoutSettlement").get(0).path("statementId").asText();

        HttpResponse<String> noReason = officer.postForm("/api/reconciliation/matches",
                Map.of("receipt", line, "batch", batch, "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).path("code").asText()).isEqualTo("RECONCILIATION_REASON_REQUIRED");
        assertThat(coffer.count("settlement_matches")).isEqualTo(1);

        HttpResponse<String> matched = officer.postForm("/api/reconciliation/matches",
                Map.of("receipt", line, "batch", batch, "reason", "GOV.UK Pay kept a £15 dispute fee"));
        assertThat(matched.statusCode()).isEqualTo(201);
        long id = JSON.readTree(matched.body()).path("id").asLong();
        JsonNode after = JSON.readTree(viewer.get("/api/reconciliation").body());
        assertThat(after.path("detailWithoutSettlement")).isEmpty();
        assertThat(after.path("differences").get(0).path("differencePence").asLong()).isEqualTo(-15_00);
        assertThat(officer.postForm("/api/reconciliation/matches", Map.of("receipt", line, "batch", batch,
                "reason", "again")).statusCode()).isEqualTo(409);

        HttpResponse<String> undone = officer.postForm("/api/reconciliation/matches/" + id + "/undo",
                Map.of("reason", "the dispute was won after all"));
        assertThat(undone.statusCode()).isEqualTo(201);
        assertThat(officer.postForm("/api/reconciliation/matches/" + id + "/undo", Map.of("reason", "twice"))
                .statusCode()).isEqualTo(409);
        officer.postForm("/api/reconciliation/run", Map.of());

        JsonNode reopened = JSON.readTree(viewer.get("/api/reconciliation").body());
        assertThat(disputedLine(reopened)).isEqualTo(line);
        assertThat(reopened.path("detailWithoutSettlement").findValuesAsText("fileName"))
                .containsExactly("govukpay-2025-04-24.csv");
        assertThat(coffer.sum("SELECT count(*) FROM settlement_matches WHERE method = 'UNDO' AND undoes = " + id))
                .isEqualTo(1);
        assertThat(coffer.sum("SELECT -bank_pence FROM settlement_matches WHERE undoes = " + id))
                .isEqualTo(coffer.sum("SELECT bank_pence FROM settlement_matches WHERE id = " + id));
        List<String> audited = coffer.coffer().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT action || ': ' || coalesce(after, '') FROM audit_log WHERE action LIKE 'reconciliation.%' "
                        + "ORDER BY seq").mapTo(String.class).list());
        assertThat(audited).hasSize(3);
        assertThat(audited.get(0)).startsWith("reconciliation.matched").contains("dispute fee");
        assertThat(audited.get(1)).isEqualTo("reconciliation.undone: the dispute was won after all");
    }

    @Test
    void anOfficerConfirmsAProposalGivingAReason() throws Exception {
        JsonNode proposal = JSON.readTree(viewer.get("/api/reconciliation").body()).path("proposals").get(0);
        assertThat(proposal.path("reason").asText()).contains("£0.37 less", "tolerance of £1.00");

        HttpResponse<String> confirmed = officer.postForm("/api/reconciliation/matches/"
                + proposal.path("id").asText() + "/confirm", Map.of("reason", "Allpay's counter shortage"));

        assertThat(confirmed.statusCode()).isEqualTo(201);
        JsonNode leftovers = JSON.readTree(viewer.get("/api/reconciliation").body());
        assertThat(leftovers.path("proposals")).isEmpty();
        assertThat(leftovers.path("differences").findValuesAsText("method")).containsExactly("TOLERANCE_CONFIRMED");
        assertThat(officer.postForm("/api/reconciliation/matches/" + proposal.path("id").asText() + "/confirm",
                Map.of("reason", "again")).statusCode()).isEqualTo(409);
    }

    @Test
    void everyDayOfTheWeekBalancesToThePenny() throws Exception {
        JsonNode days = JSON.readTree(viewer.get("/api/reconciliation/daily?account=MAIN&from=2025-04-28&to=2025-05-02")
                .body());

        assertThat(days).hasSize(5);
        assertThat(days.findValuesAsText("differencePence")).containsOnly("0");
        JsonNode monday = days.get(0);
        assertThat(monday.path("day").asText()).isEqualTo("2025-04-28");
        JsonNode waiting = JSON.readTree(viewer.get("/api/reconciliation/daily/" + monday.path("statementId").asText())
                .body());
        assertThat(waiting).hasSize(monday.path("unmatchedSettlements").asInt());
        assertThat(waiting.findValuesAsText("reference")).anyMatch(r -> r.startsWith("GOVUK PAY PAYOUT"));
        assertThat(waiting.findValuesAsText("what")).containsOnly("a settlement not matched to its detail");
    }

    private static String disputedLine(JsonNode leftovers) {
        for (JsonNode line : leftovers.path("settlementsWithoutDetail")) {
            if (line.path("reference").asText().startsWith("GOVUK PAY PAYOUT")) {
                return line.path("receiptId").asText();
            }
        }
        throw new AssertionError("no GOV.UK Pay line is left over: " + leftovers);
    }
}
