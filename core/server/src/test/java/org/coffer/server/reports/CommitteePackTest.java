package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coffer.server.CofferException;
import org.coffer.server.suspense.SuspenseService;
import org.coffer.server.text.Amounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The committee pack: one workbook and one PDF holding the summary and four reports for a period. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteePackTest {

    private static final Map<String, String> PERIOD = Map.of("from", "2026-04-01", "to", "2026-06-30");
    private static final LocalDate PERIOD_FROM = LocalDate.of(2026, 4, 1);
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    private static final List<String> FUNDS = List.of("CTAX", "NNDR", "HRENT", "SUSP");
    /** Excel's sheet names have no colon and at most 31 characters; a data sheet leaves room for " (2)". */
    private static final String VALUE_FOR_MONEY = "Value for money  cost of c";
    private static final List<String> CHANNELS = List.of("DIRECT_DEBIT", "CARD_ONLINE", "CASH", "FASTER_PAYMENT");

    private TestingReports reports;
    private PackResult pack;

    @BeforeAll
    void load(@TempDir Path dir) {
        reports = new TestingReports(dir);
        Random random = new Random(7);
        LocalDate day = LocalDate.of(2025, 4, 1);
        while (day.isBefore(LocalDate.of(2026, 7, 10))) {
            reports.ledger.posting(day, FUNDS.get(random.nextInt(FUNDS.size())),
                    CHANNELS.get(random.nextInt(CHANNELS.size())), "GBP", random.nextInt(50_000) + 1, "+1+1");
            day = day.plusDays(3);
        }
        // Someone whose name a spreadsheet would run clears an item in June.
        reports.clock.advance(Duration.ofDays(-30));
        long item = reports.ledger.lines().stream().filter(l -> l.fund().equals("SUSP")).findFirst().orElseThrow()
                .id();
        new SuspenseService(reports.database, reports.council, reports.clock).allocate(item, FORMULA_NAME, "CTAX",
                "499008590");
        reports.clock.advance(Duration.ofDays(30));
        pack = reports.runner.runPack("committee-pack", PERIOD);
    }

    @AfterAll
    void close() {
        reports.close();
    }

    @Test
    void theWorkbookHasTheSummaryFirstThenASheetPerSectionEachFollowedByItsCharts() throws Exception {
        try (XSSFWorkbook workbook = xlsx()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Income by fund and period",
                    "Charts, Income by fund and peri", "Channels and channel shift", "Charts, Channels and channel sh",
                    VALUE_FOR_MONEY, "Charts, Value for money  cost o", "Suspense");
            assertThat(workbook.getSheet("Charts, Channels and channel sh").getDrawingPatriarch().getCharts())
                    .isNotEmpty();
            Map<String, Cell> summary = summary(workbook.getSheetAt(0));
            assertThat(summary.get("Period").getStringCellValue()).isEqualTo("1 April 2026 to 30 June 2026");
            assertThat(summary.get("From").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(PERIOD_FROM);
            assertThat(summary.get("From").getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(summary.get("About").getStringCellValue()).startsWith("Income, channels, the cost");
        }
    }

    @Test
    void theSummaryFiguresAreTheSectionsFiguresAsTypedCells() throws Exception {
        try (XSSFWorkbook workbook = xlsx()) {
            Map<String, Cell> summary = summary(workbook.getSheetAt(0));

            Sheet income = workbook.getSheet("Income by fund and period");
            Row gbpTotal = rowWith(income, 0, "Total GBP");
            assertThat(pence(summary.get("Income, year to date"))).isEqualTo(pence(gbpTotal.getCell(6)))
                    .isEqualTo(ledgerSum(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null));
            assertThat(pence(summary.get("Income in the month"))).isEqualTo(pence(gbpTotal.getCell(2)))
                    .isEqualTo(ledgerSum(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null));
            assertThat(summary.get("Income, year to date").getCellStyle().getDataFormatString())
                    .isEqualTo(XlsxStyles.GBP_FORMAT);

            Sheet channels = workbook.getSheet("Channels and channel shift");
            long directDebit = 0;
            for (int r = 1; r <= channels.getLastRowNum(); r++) {
                Row row = channels.getRow(r);
                if (row != null && row.getCell(1) != null && row.getCell(1).getStringCellValue()
                        .equals("DIRECT_DEBIT")) {
                    directDebit += pence(row.getCell(6));
                }
            }
            assertThat(pence(summary.get("Income by direct debit"))).isEqualTo(directDebit)
                    .isEqualTo(ledgerSum(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "DIRECT_DEBIT"));
            assertThat(pence(summary.get("Income"))).isEqualTo(pence(rowWith(channels, 0, "Total GBP").getCell(6)));

            Row wholePeriod = rowWith(workbook.getSheet(VALUE_FOR_MONEY), Map.of(0, "Whole period", 1, "All channels"));
            assertThat(pence(summary.get("Cost of collection"))).isEqualTo(pence(wholePeriod.getCell(5)));

            Sheet suspense = workbook.getSheet("Suspense");
            Row end = rowWith(suspense, 1, "Open at the end");
            assertThat(pence(summary.get("Value in suspense at the end"))).isEqualTo(pence(end.getCell(3)));
            assertThat(summary.get("Items in suspense at the end").getNumericCellValue())
                    .isEqualTo(end.getCell(2).getNumericCellValue());
            assertThat(summary.get("Median days to clear").getNumericCellValue())
                    .isEqualTo(rowWith(suspense, 1, "Median").getCell(4).getNumericCellValue()).isPositive();
            assertThat(summary.get("Share of payments allocated at import").getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
        }
    }

    @Test
    void noCellRunsTextAPersonWrote() throws Exception {
        try (XSSFWorkbook workbook = xlsx()) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).as(sheet.getSheetName()).startsWith("SUM");
                        }
                    }
                }
            }
            Cell person = rowWith(workbook.getSheet("Suspense"), 1, FORMULA_NAME).getCell(1);
            assertThat(person.getCellType()).isEqualTo(CellType.STRING);
            assertThat(person.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void thePdfHoldsTheSummaryThenEachSectionNumberedThroughout() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PackPdfWriter().write(pack, bytes);
        List<String> pages = TestingReports.pdfPages(bytes.toByteArray()).stream()
                .map(text -> text.replaceAll("\\s+", " ")).toList();

        assertThat(pages.get(0)).contains("Fernley Borough Council", "Committee pack",
                "Period: 1 April 2026 to 30 June 2026", "Income by fund and period Income, year to date "
                        + Amounts.format(ledgerSum(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null),
                                "GBP"));
        String all = String.join(" ", pages);
        for (PackResult.Section section : pack.sections()) {
            assertThat(all).contains("Committee pack: " + section.result().report().title());
        }
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.size()).isGreaterThan(pack.sections().size());
    }

    @Test
    void aScreenReaderFindsAHeadingForTheSummaryAndForEachSection() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PackPdfWriter().write(pack, bytes);

        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            long headings = root.getKids().stream().filter(PDStructureElement.class::isInstance)
                    .map(PDStructureElement.class::cast).filter(kid -> kid.getStructureType().equals("H1")).count();
            assertThat(headings).isEqualTo(1 + pack.sections().size());
        }
    }

    @Test
    void withoutAPeriodThePackCoversTheYearToTheEndOfLastMonth() {
        PackResult defaulted = reports.runner.runPack("committee-pack", Map.of());

        assertThat(defaulted.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(defaulted.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(defaulted.sections().get(0).result().parameters().get(0).text()).isEqualTo("2026-06");
    }

    @Test
    void aBadPeriodIsAClearError() {
        assertThatThrownBy(() -> reports.runner.runPack("committee-pack", Map.of("from", "2026-07-01",
                "to", "2026-06-30")))
                .isInstanceOf(CofferException.class)
                .hasMessage("pack committee-pack, parameter from: '2026-07-01' is after to, '2026-06-30'; expected a "
                        + "day on or before it");
        assertThatThrownBy(() -> reports.runner.runPack("committee-pack", Map.of("to", "2026-02-30")))
                .hasMessage("pack committee-pack, parameter to: '2026-02-30' is not a date; expected a day such as "
                        + "2026-04-01");
        assertThatThrownBy(() -> reports.runner.runPack("committee-pack", Map.of("fund", "CTAX")))
                .hasMessage("pack committee-pack, parameter fund: the pack has no such parameter; its parameters "
                        + "are from and to");
    }

    @Test
    void aCouncilChangesWhatThePackHolds(@TempDir Path council) throws Exception {
        Path packs = Files.createDirectories(council.resolve("reports/packs"));
        Files.writeString(packs.resolve("committee-pack.xml"), """
                <pack id="committee-pack"><title>Finance committee</title>
                  <section report="suspense"><figure label="Still open" column="pence"/></section>
                </pack>""");
        ReportCatalogue catalogue = ReportCatalogue.load(Optional.of(council));
        assertThat(catalogue.pack("committee-pack").orElseThrow().sections()).extracting(Pack.Section::report)
                .containsExactly("suspense");

        Files.writeString(packs.resolve("committee-pack.xml"), """
                <pack id="committee-pack"><title>Finance committee</title>
                  <section report="suspense"><figure label="Still open" column="value"/></section>
                </pack>""");
        assertThatThrownBy(() -> ReportCatalogue.load(Optional.of(council)))
                .hasMessage("the pack definition " + packs.resolve("committee-pack.xml") + " is wrong at section "
                        + "suspense, figure 'Still open': the report has no column value; its columns are section, "
                        + "measure, items, pence, days, item_share, value_share");

        Files.writeString(packs.resolve("committee-pack.xml"), """
                <pack id="committee-pack"><title>Finance committee</title>
                  <section report="suspense"/><section report="channels"/><section report="suspense"/>
                </pack>""");
        assertThatThrownBy(() -> ReportCatalogue.load(Optional.of(council)))
                .hasMessage("the pack definition " + packs.resolve("committee-pack.xml") + " is wrong at section "
                        + "suspense: the pack already has this report; give each report one section, with all its "
                        + "figures");
    }

    private XSSFWorkbook xlsx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PackXlsxWriter().write(pack, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The summary's value cells by their label; a label used twice keeps its first. */
    private static Map<String, Cell> summary(Sheet sheet) {
        Map<String, Cell> cells = new HashMap<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(1) != null) {
                cells.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
        }
        return cells;
    }

    /** The first row with this text in the column. */
    private static Row rowWith(Sheet sheet, int column, String text) {
        return rowWith(sheet, Map.of(column, text));
    }

    /** The first row with each text in its column. */
    private static Row rowWith(Sheet sheet, Map<Integer, String> texts) {
        for (Row row : sheet) {
            if (texts.entrySet().stream().allMatch(e -> row.getCell(e.getKey()) != null
                    && row.getCell(e.getKey()).getCellType() == CellType.STRING
                    && row.getCell(e.getKey()).getStringCellValue().equals(e.getValue()))) {
                return row;
            }
        }
        throw new AssertionError("no row of " + sheet.getSheetName() + " has " + texts);
    }

    private static long pence(Cell cell) {
        return Math.round(cell.getNumericCellValue() * 100);
    }

    private long ledgerSum(LocalDate from, LocalDate to, String channel) {
        return reports.ledger.lines().stream()
                .filter(l -> !l.day().isBefore(from) && !l.day().isAfter(to) && l.currency().equals("GBP")
                        && (channel == null || l.channel().equals(channel)))
                .mapToLong(TestingLedger.Line::pence).sum();
    }
}
