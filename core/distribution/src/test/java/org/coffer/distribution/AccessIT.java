package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what, checked over HTTP against a real server: sessions, roles, funds, CSRF, lockout and headers. */
class AccessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The only routes that answer without a session. */
    private static final Set<String> PUBLIC = Set.of("GET /login", "POST /login", "GET /api/health");

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        server = WebServer.start(coffer.coffer());
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void noRouteAnswersWithoutASessionButLoginAndHealth() throws Exception {
        assertThat(server.routes()).containsAll(PUBLIC).hasSizeGreaterThan(PUBLIC.size());
        for (String route : server.routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            Http stranger = new Http(server.port());
            HttpResponse<String> answer = method.equals("GET") ? stranger.get(path)
                    : stranger.postForm(path, Map.of());

            if (PUBLIC.contains(route)) {
                assertThat(answer.statusCode()).as(route).isLessThan(500).isNotIn(303, 401);
            } else if (path.startsWith("/api/")) {
                assertThat(answer.statusCode()).as(route).isEqualTo(401);
                assertThat(JSON.readTree(answer.body()).path("code").asText()).isEqualTo("ACCESS_SIGN_IN");
            } else {
                assertThat(answer.statusCode()).as(route).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location")).as(route).hasValueSatisfying(
                        location -> assertThat(location).startsWith("/login?next="));
            }
        }
    }

    @Test
    void aViewerCannotImport() throws Exception {
        Http viewer = new Http(server.port()).withToken(coffer.issueToken("reader", Role.VIEWER));
        GeneratedFile file = new StatementFiles(81L).mt940(folder.resolve("a.sta"), 50);

        HttpResponse<String> answer = viewer.upload("/api/imports", file.path(), Map.of());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body()).path("message").asText()).contains("Viewer", "Income officer");
        assertThat(coffer.count("receipts")).isZero();
    }

    @Test
    void aUserRestrictedToSomeFundsSeesOnlyThoseAndNoImports() throws Exception {
        coffer.importFile(new StatementFiles(82L).mt940(folder.resolve("b.sta"), 1_000).path());
        Http rents = new Http(server.port()).withToken(coffer.issueToken("rents", Role.FINANCE_MANAGER, "HRENT"));

        JsonNode summary = JSON.readTree(rents.get("/api/summary").body());

        assertThat(summary.path("byFund").findValuesAsText("key")).containsExactly("HRENT");
        assertThat(summary.path("total").path("pence").asLong()).isEqualTo(coffer.sum(
                "SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code = 'HRENT'"));
        assertThat(rents.get("/api/imports").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        coffer.addUser("officer", Role.INCOME_OFFICER);
        Http browser = new Http(server.port());
        browser.signIn("officer", TestCoffer.PASSWORD);
        GeneratedFile file = new StatementFiles(83L).mt940(folder.resolve("c.sta"), 50);

        HttpResponse<String> forged = browser.upload("/imports/preview", file.path(), Map.of("_csrf", "forged"));
        HttpResponse<String> genuine = browser.upload("/imports/preview", file.path(), Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("Check the file", "c.sta");
    }

    @Test
    void aLockedOutAccountStaysLockedEvenWithItsPassword() throws Exception {
        coffer.addUser("clerk", Role.VIEWER);
        Http browser = new Http(server.port());
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(browser.signIn("clerk", "wrong password " + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = browser.signIn("clerk", TestCoffer.PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("locked");
        assertThat(browser.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        coffer.addUser("officer", Role.INCOME_OFFICER);
        Http browser = new Http(server.port());
        browser.signIn("officer", TestCoffer.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        browser.postForm("/logout", Map.of("_csrf", browser.csrf()));

        assertThat(browser.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String secret = coffer.issueToken("nightly", Role.VIEWER);
        coffer.coffer().users().revokeToken(TestCoffer.ACTOR, "nightly");

        assertThat(new Http(server.port()).withToken(secret).get("/api/summary").statusCode()).isEqualTo(401);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        Http stranger = new Http(server.port());
        for (String path : new String[] {"/login", "/api/health", "/coffer.css", "/"}) {
            HttpResponse<String> answer = stranger.get(path);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        coffer.addUser("officer", Role.INCOME_OFFICER);
        Http browser = new Http(server.port());
        String login = browser.get("/login").body();

        HttpResponse<String> answer = browser.postForm("/login", Map.of("_csrf", Http.csrfIn(login).orElseThrow(),
                "name", "officer", "password", TestCoffer.PASSWORD, "next", "/"));

        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("coffer_session=").contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure"));
    }
}
