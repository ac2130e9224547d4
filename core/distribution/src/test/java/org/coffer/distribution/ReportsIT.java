package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** Reports through the running server: the catalogue, a preview in the page, and the downloads. */
class ReportsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestCoffer coffer;
    private WebServer server;
    private String token;

    @BeforeEach
    void start() throws IOException {
        coffer = TestCoffer.open(folder);
        coffer.importFile(new StatementFiles(121L).mt940(folder.resolve("income.sta"), 1_000).path());
        server = WebServer.start(coffer.coffer());
        token = coffer.issueToken("manager", Role.FINANCE_MANAGER);
    }

    @AfterEach
    void stop() {
        server.close();
        coffer.close();
    }

    @Test
    void listsTheCatalogue() throws Exception {
        JsonNode reports = JSON.readTree(new Http(server.port()).withToken(token).get("/api/reports").body());

        assertThat(reports.findValuesAsText("id")).contains("daily-banking", "income-by-fund", "channels", "imports");
    }

    @Test
    void listsThePacksWithTheirReportsInOrder() throws Exception {
        JsonNode packs = JSON.readTree(new Http(server.port()).withToken(token).get("/api/report-packs").body());

        assertThat(packs).hasSize(1);
        assertThat(packs.get(0).get("id").asText()).isEqualTo("committee-pack");
        assertThat(packs.get(0).get("sections").findValuesAsText("report"))
                .containsExactly("income-by-fund", "channels", "value-for-money", "suspense");
    }

    @Test
    void previewsAReportInThePageWithItsParameters() throws Exception {
        HttpResponse<String> page = new Http(server.port()).withToken(token).get("/reports/daily-banking");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Download for Excel", "report-rows");
    }

    @Test
    void downloadsAWorkbookThatOpensInExcel() throws Exception {
        HttpResponse<byte[]> xlsx = download("/reports/imports/export.xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", ".xlsx"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).as("the data and a sheet about the report").isGreaterThan(1);
            List<String> texts = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).contains("income.sta");
        }
    }

    @Test
    void downloadsCsvWithAByteOrderMarkForExcel() throws Exception {
        HttpResponse<byte[]> csv = download("/reports/imports/export.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF")
                .contains("income.sta");
    }

    @Test
    void downloadsAPdfWithTheReportsFigures() throws Exception {
        HttpResponse<byte[]> pdf = download("/reports/imports/export.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", ".pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Imports and reconciliation", "income.sta",
                    "Page 1 of " + document.getNumberOfPages());
        }
    }

    @Test
    void drawsAReportsChartsInItsWorkbookAndPdf() throws Exception {
        HttpResponse<byte[]> pdf = download("/reports/channels/export.pdf?from=2020-01-01");
        HttpResponse<byte[]> xlsx = download("/reports/channels/export.xlsx?from=2020-01-01");

        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(document)).contains("Income by channel each month, GBP",
                    "Share of income arriving by digital channels and direct debit, GBP");
        }
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("Charts")).as("the charts sheet").isNotNull();
        }
    }

    @Test
    void explainsABadParameterInsteadOfAPdf() throws Exception {
        HttpResponse<byte[]> answer = download("/reports/income-by-fund/export.pdf?period=2026-13");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("report income-by-fund, parameter "
                + "period: '2026-13' is not a month; expected one such as 2025-06");
    }

    @Test
    void explainsABadParameter() throws Exception {
        HttpResponse<String> answer = new Http(server.port()).withToken(token)
                .get("/reports/daily-banking?from=yesterday-ish");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("yesterday-ish");
    }

    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return new Http(server.port()).withToken(token).download(path);
    }
}
