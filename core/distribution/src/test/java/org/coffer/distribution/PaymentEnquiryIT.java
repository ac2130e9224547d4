package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.sampledata.ExpectedLine;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "I paid, where is it?": finding a payment by what the payer remembers, and opening its whole story. */
class PaymentEnquiryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private GeneratedFile file;
    private Http officer;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        file = new StatementFiles(101L).mt940(folder.resolve("paid.sta"), 500);
        coffer.importFile(file.path());
        server = WebServer.start(coffer.coffer());
        officer = new Http(server.port()).withToken(coffer.issueToken("officer", Role.INCOME_OFFICER));
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void findsAPaymentByItsReferenceWrittenDifferently() throws Exception {
        ExpectedLine paid = aPaymentWithAReference();
        String typed = paid.trueReference().toLowerCase(Locale.ROOT).replaceAll("(...)", "$1 ").strip();

        JsonNode found = JSON.readTree(officer.get("/api/payments?reference=" + encode(typed)).body());

        assertThat(found).isNotEmpty();
        assertThat(found.findValuesAsText("valueDate")).contains(paid.valueDate().toString());
        assertThat(found.findValues("amountPence")).extracting(JsonNode::asLong).contains(paid.signedPence());
    }

    @Test
    void findsAPaymentByItsAmountInPoundsAndDay() throws Exception {
        ExpectedLine paid = aPaymentWithAReference();
        String pounds = BigDecimal.valueOf(paid.signedPence(), 2).toPlainString();

        JsonNode found = JSON.readTree(officer.get("/api/payments?amount=" + pounds + "&from=" + paid.valueDate()
                + "&to=" + paid.valueDate()).body());

        assertThat(found).isNotEmpty().allSatisfy(payment -> {
            assertThat(Math.abs(payment.path("amountPence").asLong())).isEqualTo(paid.signedPence());
            assertThat(payment.path("valueDate").asText()).isEqualTo(paid.valueDate().toString());
        });
    }

    @Test
    void opensAPaymentsStoryWithItsSourceLineAndPostings() throws Exception {
        ExpectedLine paid = aPaymentWithAReference();
        JsonNode found = JSON.readTree(officer.get("/api/payments?reference=" + encode(paid.trueReference())).body());
        long id = found.get(0).path("receiptId").asLong();

        JsonNode story = JSON.readTree(officer.get("/api/payments/" + id).body());

        assertThat(story.path("source").asText()).startsWith("paid.sta, line ");
        assertThat(story.path("postings")).singleElement().satisfies(posting -> {
            assertThat(posting.path("amountPence").asLong()).isEqualTo(story.path("payment").path("amountPence").asLong());
            assertThat(posting.path("madeBy").asText()).isEqualTo(TestCoffer.ACTOR);
            assertThat(posting.path("reason").asText()).isNotBlank();
        });
        assertThat(officer.get("/enquiry/" + id).body()).contains("paid.sta, line ");
    }

    @Test
    void aUserRestrictedToOtherFundsCannotSeeThePayment() throws Exception {
        ExpectedLine paid = aPaymentWithAReference();
        long id = JSON.readTree(officer.get("/api/payments?reference=" + encode(paid.trueReference())).body())
                .get(0).path("receiptId").asLong();
        String otherFund = paid.trueFundCode().equals("NNDR") ? "PARK" : "NNDR";
        Http other = new Http(server.port()).withToken(coffer.issueToken("other", Role.VIEWER, otherFund));

        assertThat(other.get("/api/payments/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anEmptyEnquiryIsAskedForDetail() throws Exception {
        var answer = officer.get("/api/payments");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("message").asText()).contains("reference", "amount");
    }

    private ExpectedLine aPaymentWithAReference() {
        return file.expected().stream()
                .filter(line -> !line.trueReference().isEmpty() && line.signedPence() > 0
                        && line.kind() == LineKind.PAYMENT && line.reference().toUpperCase(Locale.ROOT)
                                .replaceAll("[\\s/-]", "").contains(line.trueReference()))
                .findFirst().orElseThrow();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
