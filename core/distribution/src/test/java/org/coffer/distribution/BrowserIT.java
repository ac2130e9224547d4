package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.text.Amounts;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An income officer's first visit, in a real Chromium: import a file in the browser, then see its income. */
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
    }

    @AfterEach
    void stop() {
        browser.quit();
        server.close();
        coffer.close();
    }

    @Test
    void importsAFileInTheBrowserAndShowsItsIncomeOnTheDashboard() throws IOException {
        GeneratedFile file = new StatementFiles(71L).mt940(folder.resolve("april.sta"), 600);

        browser.get(site + "/imports/new");
        browser.findElement(By.id("file")).sendKeys(file.path().toString());
        browser.findElement(By.id("import")).click();

        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Import 1 stored", "april.sta",
                Amounts.count(file.lines()) + " receipts", "mt940");
        assertThat(browser.findElements(By.cssSelector("#statements tbody tr"))).hasSize(file.statements());

        browser.get(site + "/");
        long posted = coffer.sum("SELECT CAST(sum(amount_pence) AS BIGINT) FROM postings");
        assertThat(browser.findElement(By.id("total-income")).getText()).isEqualTo(Amounts.format(posted, "GBP"));
        assertThat(browser.findElement(By.id("by-channel")).getText()).contains("Faster payment");
        assertThat(browser.getTitle()).contains("Dashboard", "Fernley");
    }

    @Test
    void showsWhyAFileWasRefusedAndKeepsItInTheHistory() throws IOException {
        GeneratedFile file = new StatementFiles(72L).camt053(folder.resolve("may.xml"), 50);
        coffer.importFile(file.path());

        browser.get(site + "/imports/new");
        browser.findElement(By.id("file")).sendKeys(file.path().toString());
        browser.findElement(By.id("import")).click();

        assertThat(browser.findElement(By.id("refusal")).getText())
                .contains("nothing of it was stored", "may.xml has already been imported, as import #1");
        browser.findElement(By.linkText("Imports")).click();
        assertThat(browser.findElement(By.id("imports")).getText()).contains("Refused", "Stored", "may.xml");
    }
}
