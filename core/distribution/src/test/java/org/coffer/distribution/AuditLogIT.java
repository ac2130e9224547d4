package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log as finance managers read it: filtered, and exported for a spreadsheet. */
class AuditLogIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        server = WebServer.start(coffer.coffer());
        coffer.importFile(new StatementFiles(91L).mt940(folder.resolve("audited.sta"), 100).path());
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void aFinanceManagerFiltersTheLogByAction() throws Exception {
        Http manager = new Http(server.port()).withToken(coffer.issueToken("manager", Role.FINANCE_MANAGER));

        JsonNode entries = JSON.readTree(manager.get("/api/audit?action=import.").body());

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("import.stored");
            assertThat(entry.path("actor").asText()).isEqualTo(TestCoffer.ACTOR);
            assertThat(entry.path("after").asText()).contains("audited.sta");
        });
    }

    @Test
    void exportsTheLogAsCsvThatExcelOpensAsUtf8() throws Exception {
        Http manager = new Http(server.port()).withToken(coffer.issueToken("manager", Role.FINANCE_MANAGER));

        HttpResponse<String> csv = manager.get("/audit/export.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFF").contains("import.stored", "token.issued");
    }

    @Test
    void aViewerMayNotReadTheLog() throws Exception {
        Http viewer = new Http(server.port()).withToken(coffer.issueToken("reader", Role.VIEWER));

        assertThat(viewer.get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/audit/export.csv").statusCode()).isEqualTo(403);
    }
}
