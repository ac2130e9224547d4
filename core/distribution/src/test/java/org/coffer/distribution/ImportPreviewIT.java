package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is shown before it is stored: then imported, imported anyway with a reason, or abandoned. */
class ImportPreviewIT {

    private static final Pattern UPLOAD_ID = Pattern.compile("name=\"upload\" value=\"([0-9a-f]+)\"");

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        server = WebServer.start(coffer.coffer());
        coffer.addUser("officer", Role.INCOME_OFFICER);
        coffer.addUser("admin", Role.ADMINISTRATOR);
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void showsAFilesStatementsAndFirstLinesAndStoresNothingUntilConfirmed() throws Exception {
        Http officer = signedIn("officer");
        GeneratedFile file = new StatementFiles(111L).camt053(folder.resolve("may.xml"), 120);

        HttpResponse<String> preview = officer.upload("/imports/preview", file.path(), Map.of());

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("may.xml", "camt053", "120 lines", "Import this file")
                .doesNotContain("Coffer would refuse");
        assertThat(coffer.count("receipts")).isZero();

        HttpResponse<String> stored = officer.postForm("/imports/confirm", Map.of("_csrf", officer.csrf(),
                "upload", uploadId(preview)));

        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(coffer.count("receipts")).isEqualTo(file.lines());
    }

    @Test
    void showsWhyAFileWouldBeRefusedAndOnlyAnAdministratorMayImportItAnyway() throws Exception {
        Path commerzbank = Fixtures.file("mt940/commerzbank.sta");
        Http officer = signedIn("officer");
        HttpResponse<String> officersView = officer.upload("/imports/preview", commerzbank, Map.of());
        assertThat(officersView.body()).contains("Coffer would refuse this file", "a difference of EUR 12.35")
                .doesNotContain("Import it anyway");

        Http admin = signedIn("admin");
        HttpResponse<String> adminsView = admin.upload("/imports/preview", commerzbank, Map.of());
        assertThat(adminsView.body()).contains("Import it anyway");
        HttpResponse<String> stored = admin.postForm("/imports/confirm", Map.of("_csrf", admin.csrf(),
                "upload", uploadId(adminsView), "acceptReason", "Confirmed by the bank"));

        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(coffer.coffer().imports().history(1).get(0).acceptedReason()).isEqualTo("Confirmed by the bank");
    }

    @Test
    void anAbandonedUploadCannotBeImportedLater() throws Exception {
        Http officer = signedIn("officer");
        GeneratedFile file = new StatementFiles(112L).mt940(folder.resolve("june.sta"), 50);
        String upload = uploadId(officer.upload("/imports/preview", file.path(), Map.of()));

        assertThat(officer.postForm("/imports/abandon", Map.of("_csrf", officer.csrf(), "upload", upload))
                .statusCode()).isEqualTo(303);
        HttpResponse<String> late = officer.postForm("/imports/confirm", Map.of("_csrf", officer.csrf(),
                "upload", upload));

        assertThat(late.statusCode()).isEqualTo(404);
        assertThat(coffer.count("receipts")).isZero();
    }

    private Http signedIn(String name) throws Exception {
        Http browser = new Http(server.port());
        assertThat(browser.signIn(name, TestCoffer.PASSWORD).statusCode()).isEqualTo(303);
        return browser;
    }

    private static String uploadId(HttpResponse<String> preview) {
        Matcher matcher = UPLOAD_ID.matcher(preview.body());
        assertThat(matcher.find()).as("the preview offers a choice for its upload").isTrue();
        return matcher.group(1);
    }
}
