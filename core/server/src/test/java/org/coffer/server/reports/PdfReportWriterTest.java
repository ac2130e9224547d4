package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.coffer.server.CofferException;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports as PDF: read back with PDFBox, page by page, as a person would read them. */
class PdfReportWriterTest {

    private static final Map<String, String> JULY = Map.of("from", "2026-07-01", "to", "2026-07-15");

    @TempDir
    Path dir;

    @Test
    void everyShippedTemplateCompiles() throws Exception {
        Path source = Path.of("../../reports");
        TemplateCompiler.main(new String[] {source.toString(), dir.resolve("out").toString()});

        try (Stream<Path> templates = Files.list(source)) {
            List<String> names = templates.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jrxml"))
                    .map(n -> n.replace(".jrxml", ".jasper")).toList();
            assertThat(names).contains("table-portrait.jasper", "table-landscape.jasper");
            names.forEach(name -> assertThat(dir.resolve("out").resolve(name)).isNotEmptyFile());
        }
    }

    @Test
    void everyReportRendersWithItsDefaultsWithCouncilTitleParametersAndPageNumbers() {
        try (TestingReports reports = new TestingReports(dir)) {
            reports.ledger.posting(LocalDate.of(2026, 7, 2), "CTAX", "CARD_ONLINE", "GBP", 1_234_56, "payment");
            for (Report report : reports.runner.catalogue().list()) {
                ReportResult result = reports.runner.run(report.id(), Map.of());
                List<String> pages = TestingReports.pdfPages(result);
                assertThat(pages.get(0)).as(report.id()).contains("Fernley Borough Council", report.title(),
                        "Page 1 of " + pages.size(), "Produced 15 Jul 2026 10:30",
                        result.parameters().get(0).parameter().label() + ": "
                                + result.parameters().get(0).description());
            }
        }
    }

    @Test
    void figuresTotalsAndDatesReadBackAsAFinanceOfficeWritesThem() {
        try (TestingReports reports = new TestingReports(dir)) {
            reports.ledger.posting(LocalDate.of(2026, 7, 5), "CTAX", "CARD_ONLINE", "GBP", 123_456_78, "first");
            reports.ledger.posting(LocalDate.of(2026, 7, 6), "NNDR", "CHEQUE", "GBP", -2_50, "returned");
            reports.ledger.posting(LocalDate.of(2026, 7, 7), "SUSP", "FASTER_PAYMENT", "EUR", 10_00, "euro");

            // Cells wrap within their column, so the text is compared with its line breaks as spaces.
            String text = String.join(" ", TestingReports.pdfPages(reports.runner.run("income-detail", JULY)))
                    .replaceAll("\\s+", " ");

            assertThat(text).contains("5 Jul 2026 CTAX REF1 CARD_ONLINE MAIN first GBP £123,456.78",
                    "6 Jul 2026 NNDR REF2 CHEQUE MAIN returned GBP -£2.50",
                    "7 Jul 2026 SUSP REF3 FASTER_PAYMENT MAIN euro EUR EUR 10.00",
                    "Total GBP GBP " + Amounts.format(123_456_78 - 2_50, "GBP"),
                    "Total EUR, apart from GBP EUR EUR 10.00");
        }
    }

    @Test
    void aLongReportRepeatsItsHeaderAndColumnHeadingsOnEveryPage() {
        try (TestingReports reports = new TestingReports(dir)) {
            for (int i = 0; i < 120; i++) {
                reports.ledger.posting(LocalDate.of(2026, 7, 1 + i % 15), "CTAX", "DIRECT_DEBIT", "GBP", 100 + i,
                        "dd " + i);
            }
            List<String> pages = TestingReports.pdfPages(reports.runner.run("income-detail", JULY));

            assertThat(pages).hasSizeGreaterThan(2);
            assertThat(pages.get(1)).contains("Fernley Borough Council", "Income detail",
                    "From: 1 July 2026 · To: 15 July 2026 · Fund: all", "Date Fund Account reference Channel",
                    "Page 2 of " + pages.size(), "Produced 15 Jul 2026 10:30");
            long rows = pages.stream().flatMap(page -> page.lines()).filter(line -> line.contains(" dd ")).count();
            assertThat(rows).isEqualTo(120);
        }
    }

    @Test
    void payerTextIsPrintedAsItWasWritten() {
        try (TestingReports reports = new TestingReports(dir)) {
            reports.ledger.posting(LocalDate.of(2026, 7, 3), "CTAX", "CARD_ONLINE", "GBP", 100,
                    "=HYPERLINK(\"http://x\",\"y\")");
            reports.ledger.posting(LocalDate.of(2026, 7, 4), "CTAX", "CARD_ONLINE", "GBP", 100, "+1+1");

            String text = String.join("", TestingReports.pdfPages(reports.runner.run("income-detail", JULY)));

            assertThat(text).contains("=HYPERLINK(\"http://x\",\"y\")", "+1+1");
        }
    }

    @Test
    void theDocumentHasItsTitleAuthorSubjectLanguageAndEmbeddedFonts() throws Exception {
        try (TestingReports reports = new TestingReports(dir)) {
            byte[] pdf = TestingReports.pdf(reports.runner.run("channels", Map.of()), new PdfReportWriter());

            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Channels and channel shift");
                assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Fernley Borough Council");
                assertThat(document.getDocumentInformation().getSubject()).startsWith("Payments and income by channel");
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name));
                    }
                }
                assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                });
            }
        }
    }

    @Test
    void aScreenReaderFindsTheTitleAsAHeadingAndEachRowOnceWithItsColumnHeadings() throws Exception {
        try (TestingReports reports = new TestingReports(dir)) {
            for (int i = 0; i < 120; i++) {
                reports.ledger.posting(LocalDate.of(2026, 7, 1 + i % 15), "CTAX", "DIRECT_DEBIT", "GBP", 100 + i,
                        "dd " + i);
            }
            byte[] pdf = TestingReports.pdf(reports.runner.run("income-detail", JULY), new PdfReportWriter());

            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isGreaterThan(2);
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                        .getKids().get(0);
                assertThat(root.getStructureType()).isEqualTo("Document");
                List<PDStructureElement> tables = children(root, "Table");
                assertThat(children(root, "H1")).as("the title, once, though every page prints it").hasSize(1);
                assertThat(tables).singleElement();
                List<PDStructureElement> rows = children(tables.get(0), "TR");
                assertThat(children(rows.get(0), "TH")).as("the column headings, once")
                        .hasSize(reports.runner.catalogue().find("income-detail").columns().size());
                long dataRows = rows.stream().filter(row -> !children(row, "TD").isEmpty()).count();
                assertThat(rows.stream().filter(row -> !children(row, "TH").isEmpty())).hasSize(1);
                assertThat(dataRows).as("120 postings and the total row").isEqualTo(121);
            }
        }
    }

    @Test
    void aChartIsAFigureWhoseAlternativeTextIsItsTitleAndTheTableStillStartsWithItsHeadings() throws Exception {
        try (TestingReports reports = new TestingReports(dir)) {
            reports.ledger.posting(LocalDate.of(2026, 7, 2), "CTAX", "CARD_ONLINE", "GBP", 1_234_56, "online");
            reports.ledger.posting(LocalDate.of(2026, 7, 3), "CTAX", "CASH", "GBP", 20_00, "cash");
            ReportResult result = reports.runner.run("channels", JULY);
            byte[] pdf = TestingReports.pdf(result, new PdfReportWriter());

            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                        .getKids().get(0);
                assertThat(children(root, "Figure")).extracting(PDStructureElement::getAlternateDescription)
                        .containsExactlyElementsOf(result.report().charts().stream().map(ReportChart::title)
                                .toList());
                PDStructureElement firstRow = children(children(root, "Table").get(0), "TR").get(0);
                assertThat(children(firstRow, "TH")).hasSize(result.report().columns().size());
            }
        }
    }

    @Test
    void aChartWithNothingToDrawSaysSoAndDrawsNoEmptyAxis() throws Exception {
        try (TestingReports reports = new TestingReports(dir)) {
            reports.ledger.posting(LocalDate.of(2026, 7, 3), "CTAX", "CASH", "GBP", 20_00, "cash only");
            ReportResult result = reports.runner.run("channels", JULY);
            byte[] pdf = TestingReports.pdf(result, new PdfReportWriter());

            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                        .getKids().get(0);
                String text = String.join(" ", TestingReports.pdfPages(pdf)).replaceAll("\\s+", " ");
                ReportChart digital = result.report().charts().get(1);
                assertThat(text).contains(digital.title() + ": nothing to chart for these parameters.");
                assertThat(children(root, "Figure")).extracting(PDStructureElement::getAlternateDescription)
                        .containsExactly(result.report().charts().get(0).title());
            }
        }
    }

    private static List<PDStructureElement> children(PDStructureElement parent, String type) {
        return parent.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast).filter(kid -> kid.getStructureType().equals(type)).toList();
    }

    @Test
    void aReportTooLongToReadAsAPdfIsRefusedPointingToTheOtherFormats() {
        try (TestingReports reports = new TestingReports(dir)) {
            for (int i = 0; i < 4; i++) {
                reports.ledger.posting(LocalDate.of(2026, 7, 2), "CTAX", "CARD_ONLINE", "GBP", 100, "x");
            }
            ReportResult result = reports.runner.run("income-detail", JULY);

            assertThatThrownBy(() -> TestingReports.pdf(result, new PdfReportWriter(3)))
                    .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.code())
                            .isEqualTo(ReportErrorCode.REPORT_TOO_LONG_FOR_PDF))
                    .hasMessage("report income-detail has more than 3 rows for these parameters, too many to read "
                            + "as a PDF; choose a shorter period or fewer funds, or download it as .xlsx or .csv");
        }
    }

    @Test
    void aCouncilsOwnTemplateIsCompiledWhenTheCatalogueLoads() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("council/reports"));
        Files.writeString(folder.resolve("parking.xml"), """
                <report id="parking">
                  <title>Parking</title><description>Parking income.</description><source>Postings.</source>
                  <columns><column name="pence" type="money" heading="Income"/></columns>
                  <sql>SELECT CAST(42 AS BIGINT) AS pence</sql>
                  <template>parking-letter</template>
                </report>""");
        Files.writeString(folder.resolve("parking-letter.jrxml"), """
                <jasperReport name="parking-letter" pageWidth="595" pageHeight="842" columnWidth="535" leftMargin="30"
                    rightMargin="30" topMargin="30" bottomMargin="30">
                  <style name="Base" default="true" fontName="DejaVu Sans" fontSize="10.0"/>
                  <parameter name="COUNCIL" class="java.lang.String"/>
                  <field name="pence" class="java.math.BigDecimal"/>
                  <detail><band height="20">
                    <element kind="textField" x="0" y="0" width="535" height="20">
                      <expression><![CDATA[$P{COUNCIL} + " took " + $F{pence} + " pounds"]]></expression>
                    </element>
                  </band></detail>
                </jasperReport>""");

        ReportCatalogue catalogue = ReportCatalogue.load(Optional.of(dir.resolve("council")));

        try (TestingReports reports = new TestingReports(dir)) {
            ReportRunner runner = new ReportRunner(catalogue, reports.database, reports.council, reports.clock);
            assertThat(TestingReports.pdfPages(runner.run("parking", Map.of())).get(0))
                    .contains("Fernley Borough Council took 0.42 pounds");
        }
    }

    @Test
    void aCompiledTemplateFromOutsideIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.write(folder.resolve("sneaky.jasper"), new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});

        assertThatThrownBy(() -> ReportCatalogue.load(Optional.of(dir)))
                .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.code())
                        .isEqualTo(ReportErrorCode.REPORT_BAD_TEMPLATE))
                .hasMessage("the report template " + folder.resolve("sneaky.jasper") + " is compiled; Coffer does "
                        + "not load compiled templates from outside, because loading one could run any code it "
                        + "holds. Put its .jrxml source there instead");
    }

    @Test
    void aDefinitionNamingATemplateThatIsNowhereIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Path file = folder.resolve("parking.xml");
        Files.writeString(file, """
                <report id="parking">
                  <title>Parking</title><description>Parking income.</description><source>Postings.</source>
                  <columns><column name="pence" type="money" heading="Income"/></columns>
                  <sql>SELECT 1 AS pence</sql>
                  <template>missing</template>
                </report>""");

        assertThatThrownBy(() -> ReportCatalogue.load(Optional.of(dir)))
                .hasMessage("the report definition " + file + " names the PDF template missing, which is neither "
                        + "shipped nor in the council's reports folder as missing.jrxml");
    }
}
