package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;

/**
 * The charts of the channels, income-by-fund and value-for-money reports: native Excel charts whose series point at
 * cells holding figures worked out here from the postings, and the same charts above the table in the PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportChartsTest {

    private static final List<String> CHANNELS = List.of("DIRECT_DEBIT", "CARD_ONLINE", "CHEQUE", "CARD_PHONE",
            "CASH");
    private static final List<String> FUNDS = List.of("CTAX", "NNDR");
    /** The published defaults in pence, written out again here rather than read from the code under test. */
    private static final Map<String, Long> UNIT_PENCE = Map.of("CASH", 862L, "CHEQUE", 862L, "CARD_PHONE", 283L,
            "CARD_ONLINE", 15L, "DIRECT_DEBIT", 2L);
    private static final Map<String, String> SPRING = Map.of("from", "2026-04-01", "to", "2026-06-30");

    private TestingReports reports;

    @BeforeAll
    void load(@TempDir Path dir) {
        reports = new TestingReports(dir);
        Random random = new Random(5);
        for (LocalDate day = LocalDate.of(2025, 4, 1); day.isBefore(LocalDate.of(2026, 7, 1)); day = day.plusDays(2)) {
            reports.ledger.posting(day, FUNDS.get(random.nextInt(FUNDS.size())),
                    CHANNELS.get(random.nextInt(CHANNELS.size())), "GBP", random.nextInt(50_000) + 100, "payment");
        }
        // Euros are charted neither with pounds nor instead of them.
        reports.ledger.posting(LocalDate.of(2026, 5, 4), "CTAX", "CARD_ONLINE", "EUR", 9_999_900, "euro");
    }

    @AfterAll
    void close() throws IOException {
        reports.close();
    }

    @Test
    void channelsWorkbookStacksEachMonthsIncomeByChannelFromCellsHoldingThePounds() throws IOException {
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (TestingLedger.Line line : spring("GBP")) {
            expected.computeIfAbsent(month(line.day()), k -> new HashMap<>()).merge(line.channel(), line.pence(),
                    Long::sum);
        }

        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("channels", SPRING))) {
            XSSFSheet sheet = workbook.getSheetAt(1);
            assertThat(sheet.getSheetName()).isEqualTo("Charts");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Income by channel each month, GBP");
            assertThat(chart.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getRPr().getLang())
                    .as("the title's language").isEqualTo("en-GB");
            assertThat(text(chart.getCTChart().getPlotArea().getCatAxArray(0).getTitle())).isEqualTo("Month");
            assertThat(text(chart.getCTChart().getPlotArea().getValAxArray(0).getTitle())).isEqualTo("Value (£)");
            assertThat(chart.getCTChart().isSetLegend()).isTrue();
            assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getFormatCode())
                    .isEqualTo("\"£\"#,##0");
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data).isInstanceOf(XDDFBarChartData.class);
            assertThat(((XDDFBarChartData) data).getBarGrouping()).isEqualTo(BarGrouping.STACKED);

            Map<String, Map<String, Long>> charted = new TreeMap<>();
            for (int s = 0; s < data.getSeriesCount(); s++) {
                XDDFChartData.Series series = data.getSeries(s);
                List<Cell> months = cells(workbook, series.getCategoryData().getDataRangeReference());
                List<Cell> pounds = cells(workbook, series.getValuesData().getDataRangeReference());
                String channel = header(workbook, pounds.get(0));
                for (int i = 0; i < months.size(); i++) {
                    assertThat(pounds.get(i).getCellStyle().getDataFormatString()).isEqualTo(XlsxStyles.GBP_FORMAT);
                    long pence = Math.round(pounds.get(i).getNumericCellValue() * 100);
                    if (pence != 0) {
                        charted.computeIfAbsent(month(months.get(i).getLocalDateTimeCellValue().toLocalDate()),
                                k -> new HashMap<>()).put(channel, pence);
                    }
                }
            }
            assertThat(charted).isEqualTo(expected);
        }
    }

    @Test
    void channelsWorkbookDrawsTheShareArrivingDigitallyEachMonth() throws IOException {
        Map<String, long[]> months = new TreeMap<>();
        for (TestingLedger.Line line : spring("GBP")) {
            long[] pence = months.computeIfAbsent(month(line.day()), k -> new long[2]);
            pence[0] += line.channel().equals("DIRECT_DEBIT") || line.channel().equals("CARD_ONLINE")
                    ? line.pence() : 0;
            pence[1] += line.pence();
        }

        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("channels", SPRING))) {
            XSSFChart chart = workbook.getSheet("Charts").getDrawingPatriarch().getCharts().get(1);
            assertThat(chart.getTitleText().getString())
                    .isEqualTo("Share of income arriving by digital channels and direct debit, GBP");
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data).isInstanceOf(XDDFLineChartData.class);
            assertThat(data.getSeriesCount()).isEqualTo(1);
            List<Cell> categories = cells(workbook, data.getSeries(0).getCategoryData().getDataRangeReference());
            List<Cell> shares = cells(workbook, data.getSeries(0).getValuesData().getDataRangeReference());
            assertThat(categories).hasSize(months.size());
            int i = 0;
            for (Map.Entry<String, long[]> month : months.entrySet()) {
                assertThat(month(categories.get(i).getLocalDateTimeCellValue().toLocalDate()))
                        .isEqualTo(month.getKey());
                // Each channel's share is rounded to four places before the digital ones are added up.
                assertThat(shares.get(i).getNumericCellValue()).as(month.getKey())
                        .isCloseTo((double) month.getValue()[0] / month.getValue()[1], offset(0.0002));
                assertThat(shares.get(i).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                i++;
            }
        }
    }

    @Test
    void incomeByFundWorkbookSetsEachFundsMonthBesideTheSameMonthLastYear() throws IOException {
        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("income-by-fund",
                Map.of("period", "2026-06")))) {
            XSSFChart chart = workbook.getSheet("Charts").getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getTitleText().getString())
                    .isEqualTo("Income by fund: the month beside the same month last year, GBP");
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(((XDDFBarChartData) data).getBarGrouping()).isEqualTo(BarGrouping.CLUSTERED);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            for (int s = 0; s < 2; s++) {
                List<Cell> funds = cells(workbook, data.getSeries(s).getCategoryData().getDataRangeReference());
                List<Cell> pounds = cells(workbook, data.getSeries(s).getValuesData().getDataRangeReference());
                LocalDate start = s == 0 ? LocalDate.of(2026, 6, 1) : LocalDate.of(2025, 6, 1);
                assertThat(header(workbook, pounds.get(0))).isEqualTo(s == 0 ? "Month" : "Month last year");
                assertThat(funds.stream().map(Cell::getStringCellValue)).containsExactlyElementsOf(FUNDS);
                for (int i = 0; i < funds.size(); i++) {
                    String fund = funds.get(i).getStringCellValue();
                    long sum = reports.ledger.lines().stream().filter(l -> l.fund().equals(fund)
                            && l.currency().equals("GBP") && !l.day().isBefore(start)
                            && l.day().isBefore(start.plusMonths(1))).mapToLong(TestingLedger.Line::pence).sum();
                    assertThat(Math.round(pounds.get(i).getNumericCellValue() * 100)).as(fund + " from " + start)
                            .isEqualTo(sum).isPositive();
                }
            }
        }
    }

    @Test
    void valueForMoneyWorkbookChartsEachChannelsCostOfCollectionOverThePeriod() throws IOException {
        Map<String, Long> expected = new HashMap<>();
        for (TestingLedger.Line line : spring("GBP")) {
            expected.merge(line.channel(), UNIT_PENCE.get(line.channel()), Long::sum);
        }

        try (XSSFWorkbook workbook = TestingReports.xlsx(reports.runner.run("value-for-money", SPRING))) {
            XSSFChart chart = workbook.getSheet("Charts").getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getTitleText().getString())
                    .isEqualTo("Cost of collection by channel over the whole period");
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
            List<Cell> channels = cells(workbook, series.getCategoryData().getDataRangeReference());
            List<Cell> pounds = cells(workbook, series.getValuesData().getDataRangeReference());
            Map<String, Long> charted = new HashMap<>();
            for (int i = 0; i < channels.size(); i++) {
                charted.put(channels.get(i).getStringCellValue(),
                        Math.round(pounds.get(i).getNumericCellValue() * 100));
            }
            assertThat(charted).isEqualTo(expected);
        }
    }

    @Test
    void channelsPdfDrawsItsChartsAboveTheTableOnTheFirstPageOnly() throws IOException {
        byte[] pdf = TestingReports.pdf(reports.runner.run("channels", SPRING), new PdfReportWriter());
        List<String> pages = TestingReports.pdfPages(pdf);

        String first = pages.get(0);
        assertThat(first).contains("Income by channel each month, GBP",
                "Share of income arriving by digital channels and direct debit, GBP");
        assertThat(first.indexOf("Share of income arriving")).isLessThan(first.indexOf("1 Apr 2026"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(drawings(document.getPage(0))).as("the charts, drawn as vectors").hasSize(2);
            for (int page = 1; page < document.getNumberOfPages(); page++) {
                assertThat(drawings(document.getPage(page))).isEmpty();
                assertThat(pages.get(page)).doesNotContain("Income by channel each month");
            }
        }
    }

    private List<TestingLedger.Line> spring(String currency) {
        return reports.ledger.lines().stream().filter(l -> l.currency().equals(currency)
                && !l.day().isBefore(LocalDate.of(2026, 4, 1))).toList();
    }

    private static String month(LocalDate day) {
        return day.withDayOfMonth(1).toString();
    }

    private static List<Cell> cells(XSSFWorkbook workbook, String range) {
        List<Cell> cells = new ArrayList<>();
        for (CellReference reference : new AreaReference(range, SpreadsheetVersion.EXCEL2007).getAllReferencedCells()) {
            cells.add(workbook.getSheet(reference.getSheetName()).getRow(reference.getRow())
                    .getCell(reference.getCol()));
        }
        return cells;
    }

    /** The series' name: the heading above its first figure. */
    private static String header(XSSFWorkbook workbook, Cell first) {
        return workbook.getSheet(first.getSheet().getSheetName()).getRow(first.getRowIndex() - 1)
                .getCell(first.getColumnIndex()).getStringCellValue();
    }

    private static String text(CTTitle title) {
        return title.getTx().getRich().getPArray(0).getRArray(0).getT();
    }

    private static List<PDFormXObject> drawings(PDPage page) throws IOException {
        List<PDFormXObject> forms = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                forms.add(form);
            }
        }
        return forms;
    }
}
