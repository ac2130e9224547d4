package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.suspense.QueueFilter;
import org.coffer.server.suspense.QueueSort;
import org.coffer.server.suspense.SuspenseItem;
import org.coffer.server.text.Amounts;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An income officer clears a suspense item in a real Chromium: splits it over two funds, then undoes it. */
class SuspenseBrowserIT {

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private WebDriver browser;
    private String site;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder.resolve("coffer"));
        coffer.importFile(new StatementFiles(162L).mt940(folder.resolve("july.sta"), 300).path());
        server = WebServer.start(coffer.coffer());
        site = "http://127.0.0.1:" + server.port();
        browser = Browser.start(folder.resolve("profile"));
        coffer.addUser("officer", Role.INCOME_OFFICER);
    }

    @AfterEach
    void stop() {
        browser.quit();
        server.close();
        coffer.close();
    }

    @Test
    void splitsASuspenseItemOverTwoFundsSeesItClearedThenUndoesIt() {
        SuspenseItem item = largestOpenItem();
        long id = item.receiptId();
        Browser.signIn(browser, site, "officer");
        assertThat(browser.findElement(By.id("suspense-open")).getText()).contains("wait in suspense");

        browser.findElement(By.linkText("Suspense")).click();
        browser.findElement(By.id("sort")).sendKeys("Largest first");
        browser.findElement(By.id("apply-filter")).click();
        waitFor(ExpectedConditions.urlContains("sort=largest"));
        assertThat(browser.findElement(By.id("ageing")).getText()).contains("0 to 7 days", "over 90 days");
        browser.findElement(By.cssSelector("#item-" + id + " a")).click();
        browser.findElement(By.id("take-lock")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("lock"), "You are working this item"));

        new Select(browser.findElement(By.id("fund-1"))).selectByValue("CTAX");
        browser.findElement(By.id("account-1")).sendKeys("499008590");
        type(By.id("amount-1"), pounds(item.openPence() - 100));
        browser.findElement(By.id("add-line")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("fund-2")));
        new Select(browser.findElement(By.id("fund-2"))).selectByValue("NNDR");
        browser.findElement(By.id("account-2")).sendKeys("792747736");
        type(By.id("amount-2"), "1.00");
        browser.findElement(By.id("allocate")).click();

        waitFor(ExpectedConditions.textToBe(By.id("item-status"), "Cleared: nothing left in suspense"));
        assertThat(browser.findElement(By.id("postings")).getText()).contains("CTAX", "499008590", "NNDR", "£1.00");
        browser.findElement(By.cssSelector("#history button")).click();

        waitFor(ExpectedConditions.textToBe(By.id("item-status"),
                "Open: " + Amounts.format(item.openPence(), "GBP") + " in suspense"));
        assertThat(browser.findElement(By.id("history")).getText()).contains("Undone by action");
        browser.findElement(By.linkText("Back to the queue")).click();
        waitFor(ExpectedConditions.urlMatches("/suspense$"));
        assertThat(browser.findElements(By.id("item-" + id))).hasSize(1);
    }

    @Test
    void aSplitThatDoesNotAddUpIsShownAgainAsTypedWithTheReason() {
        SuspenseItem item = largestOpenItem();
        Browser.signIn(browser, site, "officer");
        browser.get(site + "/suspense/" + item.receiptId());

        new Select(browser.findElement(By.id("fund-1"))).selectByValue("CTAX");
        browser.findElement(By.id("account-1")).sendKeys("499008590");
        type(By.id("amount-1"), "0.01");
        browser.findElement(By.id("allocate")).click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("the lines add up to £0.01",
                "they must be equal to the penny");
        assertThat(browser.findElement(By.id("account-1")).getAttribute("value")).isEqualTo("499008590");
        assertThat(coffer.count("money_actions")).isZero();
    }

    private SuspenseItem largestOpenItem() {
        var page = coffer.coffer().suspense().queue().page(new QueueFilter(Optional.empty(), OptionalLong.of(200),
                OptionalLong.empty(), "", "", QueueSort.LARGEST, 1));
        assertThat(page.items()).as("the generated file leaves payments in suspense").isNotEmpty();
        return page.items().get(0);
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private void type(By field, String text) {
        browser.findElement(field).clear();
        browser.findElement(field).sendKeys(text);
    }

    private static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
