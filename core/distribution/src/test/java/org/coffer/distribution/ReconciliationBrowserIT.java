package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An income officer in a real Chromium matches a settlement that was paid short by more than the settler's tolerance
 * to its detail by hand, giving a reason, and then undoes the match; a viewer sees the page but no buttons.
 */
class ReconciliationBrowserIT {

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private WebDriver browser;
    private String site;

    @BeforeEach
    void start() throws IOException {
        SettlementScenarioFiles scenario = SettlementScenarioFiles.write(folder.resolve("scenario"));
        coffer = TestCoffer.open(folder.resolve("coffer"));
        scenario.lastWeekOfApril().forEach(coffer::importFile);
        server = WebServer.start(coffer.coffer());
        site = "http://127.0.0.1:" + server.port();
        browser = Browser.start(folder.resolve("profile"));
        coffer.addUser("officer", Role.INCOME_OFFICER);
        coffer.addUser("reader", Role.VIEWER);
    }

    @AfterEach
    void stop() {
        browser.quit();
        server.close();
        coffer.close();
    }

    @Test
    void anOfficerMatchesALeftoverSettlementToItsDetailByHandAndUndoesIt() {
        Browser.signIn(browser, site, "officer");
        browser.findElement(By.linkText("Reconciliation")).click();
        WebElement line = browser.findElements(By.cssSelector("#settlements-without-detail tbody tr")).stream()
                .filter(row -> row.getText().contains("GOVUK PAY PAYOUT")).findFirst().orElseThrow();
        String lineId = line.getAttribute("id").replace("settlement-", "");
        WebElement batch = browser.findElements(By.cssSelector("#detail-without-settlement tbody tr")).stream()
                .filter(row -> row.getText().contains("govukpay-2025-04-24.csv")).findFirst().orElseThrow();
        String batchId = batch.getAttribute("id").replace("unpaid-", "");

        browser.findElement(By.id("line-" + lineId)).click();
        browser.findElement(By.id("batch-" + batchId)).click();
        browser.findElement(By.id("hand-reason")).sendKeys("GOV.UK Pay kept a dispute fee");
        browser.findElement(By.id("hand-match")).click();

        String notice = browser.findElement(By.id("notice")).getText();
        assertThat(notice).startsWith("Matched by hand as match #");
        String matchId = notice.replaceAll("\\D", "");
        assertThat(browser.findElement(By.id("match-" + matchId)).getText())
                .contains("by hand", "officer", "govukpay-2025-04-24.csv", "-£15.00", "dispute fee");
        assertThat(browser.findElements(By.id("settlement-" + lineId))).isEmpty();
        assertThat(browser.findElements(By.id("unpaid-" + batchId))).isEmpty();

        browser.findElement(By.id("undo-reason-" + matchId)).sendKeys("matched to the wrong batch");
        browser.findElement(By.id("undo-" + matchId)).click();

        assertThat(browser.findElement(By.id("notice")).getText()).contains("Undone", "open again");
        assertThat(browser.findElements(By.id("match-" + matchId))).isEmpty();
        assertThat(browser.findElement(By.id("settlement-" + lineId)).getText()).contains("GOVUK PAY PAYOUT");
        assertThat(browser.findElement(By.id("unpaid-" + batchId)).getText()).contains("govukpay-2025-04-24.csv");
        assertThat(coffer.sum("SELECT count(*) FROM audit_log WHERE action IN ('reconciliation.matched', "
                + "'reconciliation.undone') AND actor = 'officer'")).isEqualTo(2);
    }

    @Test
    void aViewerSeesTheReconciliationButNothingToPress() {
        Browser.signIn(browser, site, "reader");
        browser.findElement(By.linkText("Reconciliation")).click();

        assertThat(browser.findElement(By.id("settlements-without-detail")).getText()).contains("GOVUK PAY PAYOUT");
        assertThat(browser.findElement(By.id("daily")).getText()).contains("2025-04-28");
        assertThat(browser.findElements(By.id("hand-match"))).isEmpty();
        assertThat(browser.findElements(By.id("run"))).isEmpty();
    }

}
