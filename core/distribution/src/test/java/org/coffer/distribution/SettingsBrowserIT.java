package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator changes a fund in a real Chromium; the file and the audit log have it; an officer cannot. */
class SettingsBrowserIT {

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private WebDriver browser;
    private String site;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder.resolve("coffer"));
        server = WebServer.start(coffer.coffer());
        site = "http://127.0.0.1:" + server.port();
        browser = Browser.start(folder.resolve("profile"));
        coffer.addUser("ada", Role.ADMINISTRATOR);
        coffer.addUser("olly", Role.INCOME_OFFICER);
    }

    @AfterEach
    void stop() {
        browser.quit();
        server.close();
        coffer.close();
    }

    @Test
    void anAdministratorDisablesAFundAndLowersItsMaximumAndTheFileAndAuditLogHaveIt() throws Exception {
        Browser.signIn(browser, site, "ada");
        browser.findElement(By.linkText("Settings")).click();
        browser.findElement(By.id("table-funds")).click();
        browser.findElement(By.id("change-PARK")).click();

        type(By.id("maximum_amount"), "250.00");
        browser.findElement(By.id("enabled-no")).click();
        browser.findElement(By.id("save")).click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("saved")).getText()).contains("PARK was saved to funds.csv");
        assertThat(browser.findElement(By.id("rows")).getText()).contains("Parking and fixed penalty notices")
                .contains("250.00 no");
        assertThat(Files.readAllLines(folder.resolve("coffer/council/funds.csv")))
                .anyMatch(line -> line.startsWith("PARK,") && line.contains(",250.00,no,"));
        assertThat(coffer.coffer().council().requireFund("PARK").enabled()).isFalse();

        browser.findElement(By.linkText("Audit log")).click();
        assertThat(browser.findElement(By.id("audit")).getText()).contains("settings.changed", "funds.csv PARK",
                "250.00");
    }

    @Test
    void aWrongMaximumIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        String before = Files.readString(folder.resolve("coffer/council/funds.csv"));
        Browser.signIn(browser, site, "ada");
        browser.get(site + "/settings/funds/edit?code=CTAX");

        type(By.id("maximum_amount"), "lots");
        browser.findElement(By.id("save")).click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("maximum_amount-error")));
        assertThat(browser.findElement(By.id("maximum_amount-error")).getText()).contains("maximum_amount 'lots'");
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("There is a problem");
        assertThat(browser.findElement(By.id("maximum_amount")).getAttribute("value")).isEqualTo("lots");
        assertThat(Files.readString(folder.resolve("coffer/council/funds.csv"))).isEqualTo(before);
    }

    @Test
    void anOfficerSeesTheFundsButNoWayToChangeThem() {
        Browser.signIn(browser, site, "olly");
        assertThat(browser.findElements(By.linkText("Settings"))).isEmpty();

        browser.get(site + "/settings/funds");
        assertThat(browser.findElement(By.id("rows")).getText()).contains("Council tax");
        assertThat(browser.findElements(By.id("change-CTAX"))).isEmpty();

        browser.get(site + "/settings/funds/edit?code=CTAX");
        assertThat(browser.getPageSource()).contains("may not do this").doesNotContain("id=\"save\"");
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private void type(By field, String text) {
        browser.findElement(field).clear();
        browser.findElement(field).sendKeys(text);
    }
}
