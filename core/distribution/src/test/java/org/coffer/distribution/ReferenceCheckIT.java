package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An officer checks a reference against a fund in the browser, and is told the rule it keeps or what failed. */
class ReferenceCheckIT {

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private Http officer;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        server = WebServer.start(coffer.coffer());
        officer = new Http(server.port()).withToken(coffer.issueToken("officer", Role.INCOME_OFFICER));
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void aCouncilTaxpayersReferenceIsValid() throws Exception {
        String reference = aHolderOf("CTAX");

        String page = officer.get("/reference?fund=CTAX&reference=" + reference).body();

        assertThat(page).contains(reference + " is a valid Council tax (CTAX) reference: it keeps the rule");
    }

    @Test
    void aReferenceWithAWrongCheckDigitNamesTheRuleThatFailed() throws Exception {
        String reference = aHolderOf("CTAX");
        char last = reference.charAt(reference.length() - 1);
        String mistyped = reference.substring(0, reference.length() - 1) + (last == '9' ? '0' : (char) (last + 1));

        String page = officer.get("/reference?fund=CTAX&reference=" + mistyped).body();

        assertThat(page).contains(mistyped + " is not a valid Council tax (CTAX) reference", "check");
    }

    @Test
    void anUnknownFundIsAClearError() throws Exception {
        var answer = officer.get("/reference?fund=NOPE&reference=123");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("NOPE");
    }

    private String aHolderOf(String fund) throws IOException {
        try (Stream<String> lines = Files.lines(folder.resolve("council/account-holders.csv"),
                StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(line -> line.split(",")[1].equals(fund)).findFirst().orElseThrow()
                    .split(",")[0];
        }
    }
}
