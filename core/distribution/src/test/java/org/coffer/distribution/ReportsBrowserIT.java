package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.text.Amounts;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A finance manager's report and the committee pack, in a real Chromium: choose one, set a period, preview it,
 * download .xlsx and .pdf.
 */
class ReportsBrowserIT {

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private ChromeDriver browser;
    private Path downloads;
    private String site;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder.resolve("coffer"));
        coffer.importFile(new StatementFiles(131L).mt940(folder.resolve("income.sta"), 800).path());
        coffer.addUser("manager", Role.FINANCE_MANAGER);
        server = WebServer.start(coffer.coffer());
        site = "http://127.0.0.1:" + server.port();
        browser = Browser.start(folder.resolve("profile"));
        downloads = Files.createDirectories(folder.resolve("downloads"));
        // Headless Chromium saves downloads only where it is told to.
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
    }

    @AfterEach
    void stop() {
        browser.quit();
        server.close();
        coffer.close();
    }

    @Test
    void choosesAReportSetsAPeriodPreviewsItAndOpensBothDownloads() throws Exception {
        LocalDate first = day("min"), last = day("max");
        LocalDate to = first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
        long credited = coffer.sum("SELECT CAST(coalesce(sum(amount_pence), 0) AS BIGINT) FROM receipts "
                + "WHERE amount_pence > 0 AND currency = 'GBP' AND coalesce(booking_date, value_date) BETWEEN DATE '"
                + first + "' AND DATE '" + to + "'");
        Browser.signIn(browser, site, "manager");

        browser.get(site + "/reports");
        browser.findElement(By.linkText("Daily banking summary")).click();
        replace("from", first.toString());
        replace("to", to.toString());
        browser.findElement(By.id("run")).click();

        assertThat(browser.findElement(By.id("report-rows")).getText()).contains("MAIN");
        assertThat(browser.findElement(By.id("from-hint")).getText()).contains(String.valueOf(first.getYear()));

        browser.findElement(By.id("download-xlsx")).click();
        try (InputStream in = Files.newInputStream(downloaded(".xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(creditedTotal(workbook.getSheetAt(0))).isEqualTo(credited);
        }

        browser.findElement(By.id("download-pdf")).click();
        try (PDDocument pdf = Loader.loadPDF(downloaded(".pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Daily banking summary", "Fernley Borough Council",
                    "Page 1 of " + pdf.getNumberOfPages(), Amounts.format(credited, "GBP"));
        }
    }

    @Test
    void setsTheCommitteePacksPeriodAndDownloadsItsWorkbookAndPdf() throws Exception {
        LocalDate first = day("min"), last = day("max");
        Browser.signIn(browser, site, "manager");

        browser.get(site + "/reports");
        browser.findElement(By.linkText("Committee pack")).click();
        replace("from", first.toString());
        replace("to", last.toString());
        browser.findElement(By.id("run")).click();

        assertThat(browser.getPageSource()).contains("Income, year to date", "Value in suspense at the end");

        String name = "committee-pack-" + first + "-to-" + last;
        browser.findElement(By.id("download-xlsx")).click();
        try (InputStream in = Files.newInputStream(downloaded(name + ".xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
        }
        browser.findElement(By.id("download-pdf")).click();
        try (PDDocument pdf = Loader.loadPDF(downloaded(name + ".pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Committee pack: Suspense",
                    "Page 1 of " + pdf.getNumberOfPages());
        }
    }

    private void replace(String field, String value) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    private LocalDate day(String aggregate) {
        return LocalDate.ofEpochDay(coffer.sum("SELECT CAST(" + aggregate
                + "(coalesce(booking_date, value_date)) - DATE '1970-01-01' AS BIGINT) FROM receipts"));
    }

    /** Waits for Chromium to finish the download with this extension, and returns it. */
    private Path downloaded(String extension) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** The GBP "Credited" total under the rows of the daily banking sheet, in pence. */
    private static long creditedTotal(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals("Total GBP")) {
                return Math.round(row.getCell(5).getNumericCellValue() * 100);
            }
        }
        throw new AssertionError("the sheet has no Total GBP row");
    }
}
