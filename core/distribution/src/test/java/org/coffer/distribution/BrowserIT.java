package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.text.Amounts;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An income officer's day, in a real Chromium: sign in, import a file, see its income, see a refusal. */
class BrowserIT {

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
    void aFinanceManagerExportsToTheBackOfficeAndReversesTheRun() throws IOException {
        coffer.addUser("finance", Role.FINANCE_MANAGER);
        coffer.importFile(new StatementFiles(72L).mt940(folder.resolve("may.sta"), 300).path());
        long posted = coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings");
        Browser.signIn(browser, site, "finance");

        browser.get(site + "/exports");
        browser.findElement(By.id("export")).click();

        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Run 1 written", "Download its file");
        assertThat(browser.findElement(By.id("run-1")).getText()).contains("backoffice", "finance", "Live",
                Amounts.format(posted, "GBP"), "backoffice-run-1.csv");
        browser.findElement(By.id("reverse-1")).click();

        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Run 2 written");
        assertThat(browser.findElement(By.id("run-1")).getText()).contains("Reversed by run 2");
        assertThat(browser.findElement(By.id("run-2")).getText()).contains("Reverses run 1",
                Amounts.format(-posted, "GBP"));
        assertThat(browser.findElements(By.id("reverse-2"))).isEmpty();
    }

    @Test
    void importsAFileInTheBrowserAndShowsItsIncomeOnTheDashboard() throws IOException {
        Browser.signIn(browser, site, "officer");
        GeneratedFile file = new StatementFiles(71L).mt940(folder.resolve("april.sta"), 600);

        browser.get(site + "/imports/new");
        browser.findElement(By.id("file")).sendKeys(file.path().toString());
        browser.findElement(By.id("check")).click();

        assertThat(browser.findElement(By.id("preview")).getText()).contains("april.sta", "mt940",
                Amounts.count(file.lines()) + " lines");
        assertThat(browser.findElements(By.cssSelector("#first-lines tbody tr"))).hasSize(20);
        assertThat(coffer.count("receipts")).as("nothing stored before confirming").isZero();
        browser.findElement(By.id("import")).click();

        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Import 1 stored", "april.sta",
                Amounts.count(file.lines()) + " receipts", "mt940");
        assertThat(browser.findElements(By.cssSelector("#statements tbody tr"))).hasSize(file.statements());

        browser.get(site + "/");
        long posted = coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings");
        assertThat(browser.findElement(By.id("total-income")).getText()).isEqualTo(Amounts.format(posted, "GBP"));
        assertThat(browser.findElement(By.id("by-channel")).getText()).contains("Faster payment");
        assertThat(browser.findElement(By.id("allocation-rate")).getText())
                .containsPattern("Allocated to their fund at import: [0-9.]+% of payments");
        assertThat(browser.getTitle()).contains("Dashboard", "Fernley");
    }

    @Test
    void saysAFileIsAlreadyImportedBeforeStoringAnything() throws IOException {
        GeneratedFile file = new StatementFiles(72L).camt053(folder.resolve("may.xml"), 50);
        coffer.importFile(file.path());
        Browser.signIn(browser, site, "officer");

        browser.get(site + "/imports/new");
        browser.findElement(By.id("file")).sendKeys(file.path().toString());
        browser.findElement(By.id("check")).click();

        assertThat(browser.findElement(By.id("refusal")).getText())
                .contains("nothing of it was stored", "may.xml has already been imported, as import #1");
        browser.findElement(By.linkText("Imports")).click();
        assertThat(browser.findElement(By.id("imports")).getText()).contains("Stored", "may.xml")
                .doesNotContain("Refused");
    }

    @Test
    void aViewerIsRefusedTheAuditLogAndSignsOut() {
        Browser.signIn(browser, site, "reader");
        assertThat(browser.findElements(By.linkText("Audit log"))).isEmpty();

        browser.get(site + "/audit");
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("Viewer", "Finance manager");

        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/login$"));
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isTrue();
        browser.get(site + "/");
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
    }
}
