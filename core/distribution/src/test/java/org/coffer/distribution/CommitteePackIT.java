package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.sampledata.StatementFiles;
import org.coffer.server.users.Role;
import org.coffer.server.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committee pack through the running server: listed with the reports, its page, and its two downloads. */
class CommitteePackIT {

    private static final String PERIOD = "?from=2020-01-01&to=2030-03-31";

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private String token;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        coffer.importFile(new StatementFiles(122L).mt940(folder.resolve("income.sta"), 500).path());
        server = WebServer.start(coffer.coffer());
        token = coffer.issueToken("manager", Role.FINANCE_MANAGER);
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void theReportsPageOffersThePackWithAPeriodAndItsHeadlineFigures() throws Exception {
        Http http = new Http(server.port()).withToken(token);

        assertThat(http.get("/reports").body()).contains("href=\"/reports/committee-pack\"", "Committee pack");
        HttpResponse<String> page = http.get("/reports/committee-pack" + PERIOD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Summary, 1 January 2020 to 31 March 2030", "Income, year to date",
                "/reports/committee-pack/export.xlsx" + PERIOD.replace("&", "&amp;"), "Download as PDF");
    }

    @Test
    void downloadsTheWorkbookSummaryFirst() throws Exception {
        HttpResponse<byte[]> xlsx = download("/reports/committee-pack/export.xlsx" + PERIOD);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"committee-pack-2020-01-01-to-2030-03-31.xlsx\"");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1)).isEqualTo("Suspense");
        }
    }

    @Test
    void downloadsOnePdfOfEverySection() throws Exception {
        HttpResponse<byte[]> pdf = download("/reports/committee-pack/export.pdf" + PERIOD);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Committee pack: Income by fund and period",
                    "Committee pack: Channels and channel shift", "Committee pack: Suspense",
                    "Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
        }
    }

    @Test
    void explainsABadPeriodAndThatThereIsNoCsv() throws Exception {
        HttpResponse<byte[]> backwards = download("/reports/committee-pack/export.pdf?from=2026-07-01&to=2026-06-30");
        HttpResponse<byte[]> csv = download("/reports/committee-pack/export.csv");

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(new String(backwards.body(), StandardCharsets.UTF_8)).contains("pack committee-pack, parameter "
                + "from: '2026-07-01' is after to, '2026-06-30'");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("comes as .xlsx or .pdf, not .csv");
    }

    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return new Http(server.port()).withToken(token).download(path);
    }
}
