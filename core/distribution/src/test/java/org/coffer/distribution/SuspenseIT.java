package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two officers working the suspense queue at once, over HTTP against a real server: one wins, the other is told. */
class SuspenseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TO_CTAX = "{\"fund\": \"CTAX\", \"accountReference\": \"499008590\"}";
    private static final String TO_NNDR = "{\"fund\": \"NNDR\", \"accountReference\": \"792747736\"}";

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        coffer.importFile(new StatementFiles(161L).mt940(folder.resolve("june.sta"), 400).path());
        server = WebServer.start(coffer.coffer());
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    private List<JsonNode> openItems(Http client) throws Exception {
        JsonNode page = JSON.readTree(client.get("/api/suspense?min=0.01&sort=largest").body());
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        assertThat(items).as("the generated file leaves payments in suspense").hasSizeGreaterThan(3);
        return items;
    }

    @Test
    void twoOfficersAllocatingOneItemAtOnceGetOneSuccessAndOneClearConflict() throws Exception {
        Http alice = new Http(server.port()).withToken(coffer.issueToken("alice", Role.INCOME_OFFICER));
        Http bob = new Http(server.port()).withToken(coffer.issueToken("bob", Role.INCOME_OFFICER));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (JsonNode item : openItems(alice).subList(0, 3)) {
                long id = item.path("receiptId").asLong();
                long postingsBefore = coffer.count("postings");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<HttpResponse<String>> first = pool.submit(allocate(alice, id, TO_CTAX, together));
                Future<HttpResponse<String>> second = pool.submit(allocate(bob, id, TO_NNDR, together));
                List<HttpResponse<String>> answers = List.of(first.get(), second.get());

                assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
                JsonNode refused = JSON.readTree(answers.stream().filter(a -> a.statusCode() == 409).findFirst()
                        .orElseThrow().body());
                assertThat(refused.path("code").asText()).isEqualTo("SUSPENSE_NOT_OPEN");
                assertThat(refused.path("message").asText()).contains("item " + id + " has nothing left in suspense",
                        "it was cleared by token:");
                assertThat(coffer.count("postings")).as("one allocation: off suspense and onto one fund, once")
                        .isEqualTo(postingsBefore + 2);
                assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code = "
                        + "'SUSP' AND receipt_id = " + id)).isZero();
                assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE receipt_id = "
                        + id)).isEqualTo(item.path("receiptPence").asLong());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(coffer.count("money_actions")).isEqualTo(3);
    }

    private static Callable<HttpResponse<String>> allocate(Http client, long id, String body, CyclicBarrier together) {
        return () -> {
            together.await();
            return client.postJson("/api/suspense/" + id + "/allocate", body);
        };
    }

    @Test
    void aSecondPersonIsToldWhoHoldsTheLockAndAViewerMayOnlyLook() throws Exception {
        coffer.addUser("alice", Role.INCOME_OFFICER);
        coffer.addUser("bob", Role.INCOME_OFFICER);
        Http alice = new Http(server.port());
        alice.signIn("alice", TestCoffer.PASSWORD);
        Http bob = new Http(server.port());
        bob.signIn("bob", TestCoffer.PASSWORD);
        Http viewer = new Http(server.port()).withToken(coffer.issueToken("reader", Role.VIEWER));
        long id = openItems(alice).get(0).path("receiptId").asLong();

        assertThat(alice.postJson("/api/suspense/" + id + "/lock", "").statusCode()).isEqualTo(200);
        HttpResponse<String> locked = bob.postJson("/api/suspense/" + id + "/allocate", TO_NNDR);
        HttpResponse<String> looking = viewer.postJson("/api/suspense/" + id + "/allocate", TO_NNDR);

        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(locked.body()).path("message").asText())
                .contains("item " + id + " is being worked by alice until");
        assertThat(looking.statusCode()).isEqualTo(403);
        assertThat(viewer.get("/api/suspense/" + id).statusCode()).isEqualTo(200);
        assertThat(alice.postJson("/api/suspense/" + id + "/allocate", TO_CTAX).statusCode()).isEqualTo(201);
    }

    @Test
    void aSplitThatDoesNotAddUpIsRefusedOverTheApiAndATransferIsUndone() throws Exception {
        Http alice = new Http(server.port()).withToken(coffer.issueToken("alice", Role.INCOME_OFFICER));
        JsonNode item = openItems(alice).get(0);
        long id = item.path("receiptId").asLong();

        HttpResponse<String> refused = alice.postJson("/api/suspense/" + id + "/split", "{\"lines\": ["
                + "{\"fund\": \"CTAX\", \"accountReference\": \"499008590\", \"amount\": \"0.01\"},"
                + "{\"fund\": \"SUSP\", \"accountReference\": \"\", \"amount\": \"0.01\"}]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("message").asText())
                .contains("line 2: money cannot go back to the suspense fund SUSP");

        alice.postJson("/api/suspense/" + id + "/allocate", TO_CTAX);
        String pounds = BigDecimal.valueOf(item.path("openPence").asLong(), 2).toPlainString();
        HttpResponse<String> moved = alice.postJson("/api/suspense/transfers", "{\"sources\": [{\"receipt\": " + id
                + ", \"fund\": \"CTAX\", \"accountReference\": \"499008590\", \"amount\": \"" + pounds + "\"}], "
                + "\"targets\": [{\"fund\": \"NNDR\", \"accountReference\": \"792747736\", \"amount\": \"" + pounds
                + "\"}], \"reason\": \"council tax paid as business rates\"}");
        assertThat(moved.statusCode()).isEqualTo(201);
        long transfer = JSON.readTree(moved.body()).path("action").asLong();

        assertThat(alice.postJson("/api/suspense/actions/" + transfer + "/undo", "").statusCode()).isEqualTo(201);
        HttpResponse<String> twice = alice.postJson("/api/suspense/actions/" + transfer + "/undo", "");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings WHERE fund_code = 'CTAX' "
                + "AND receipt_id = " + id)).isEqualTo(item.path("openPence").asLong());
        JsonNode figures = JSON.readTree(alice.get("/api/suspense/figures").body());
        assertThat(figures.path("timeToClear").path("cleared").asLong()).isEqualTo(1);
        assertThat(figures.path("clearedPerPersonPerDay").findValuesAsText("person")).containsExactly("token:alice");
        assertThat(figures.path("openByAge").findValuesAsText("band")).containsExactly("0-7", "8-30", "31-90", "91+");
    }
}
