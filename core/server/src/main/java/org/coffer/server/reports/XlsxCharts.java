package org.coffer.server.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * A report's charts as native Excel charts, on a sheet of their own. Each chart stands beside a small table of its
 * figures (categories down, series across, typed cells in pounds), and its series point at those cells, so a figure
 * edited there redraws the chart.
 */
final class XlsxCharts {

    static final String SHEET = "Charts";
    /** What an empty chart says after its title, in the workbook and the PDF alike. */
    static final String NOTHING_TO_CHART = "nothing to chart for these parameters.";
    private static final int MAX_SHEET_NAME = 31;
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";
    /** The chart's size in cells: columns across and rows down. */
    private static final int CHART_COLUMNS = 10;
    private static final int CHART_ROWS = 22;
    private static final int FIGURE_WIDTH = 16;

    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;

    XlsxCharts(SXSSFWorkbook workbook, XlsxStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    /** A sheet name Excel accepts made from a longer text: no {@code : / ? * [ ]}, at most 31 characters. */
    static String sheetName(String text) {
        String safe = WorkbookUtil.createSafeSheetName(text);
        return safe.length() > MAX_SHEET_NAME ? safe.substring(0, MAX_SHEET_NAME).strip() : safe;
    }

    /** Writes the "Charts" sheet, one chart under another; nothing when the report has no charts. */
    void write(List<ChartFigures> charts) {
        write(SHEET, charts);
    }

    /** Writes the charts on a sheet of the given name, for a workbook holding several reports' charts. */
    void write(String name, List<ChartFigures> charts) {
        if (charts.isEmpty()) {
            return;
        }
        SXSSFSheet sheet = workbook.createSheet(name);
        // Charts belong to the sheet's drawing, which the streamed sheet keeps in its underlying XSSF sheet.
        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(name).createDrawingPatriarch();
        int top = 0;
        int widest = 0;
        for (ChartFigures figures : charts) {
            if (figures.isEmpty()) {
                text(sheet.createRow(top).createCell(0), figures.chart().title() + ": " + NOTHING_TO_CHART,
                        styles.label());
                top += 2;
                continue;
            }
            int rows = writeFigures(sheet, figures, top);
            draw(drawing, name, figures, top);
            top += Math.max(rows, CHART_ROWS) + 2;
            widest = Math.max(widest, figures.series().size());
        }
        sheet.setColumnWidth(0, 22 * 256);
        for (int column = 1; column <= widest; column++) {
            sheet.setColumnWidth(column, FIGURE_WIDTH * 256);
        }
    }

    /** The chart's title, a header row, then a row per category; returns the rows used. */
    private int writeFigures(SXSSFSheet sheet, ChartFigures figures, int top) {
        Cell title = sheet.createRow(top).createCell(0);
        title.setCellValue(figures.chart().title());
        title.setCellStyle(styles.label());
        Row header = sheet.createRow(top + 1);
        text(header.createCell(0), figures.categoryTitle(), styles.header());
        List<String> series = figures.series();
        for (int s = 0; s < series.size(); s++) {
            text(header.createCell(s + 1), series.get(s), styles.header());
        }
        List<Object> categories = figures.categories();
        CellStyle figureStyle = styles.of(figures.valueType(), figures.currency());
        for (int c = 0; c < categories.size(); c++) {
            Row row = sheet.createRow(top + 2 + c);
            Object category = categories.get(c);
            if (category instanceof LocalDate date) {
                row.createCell(0).setCellValue(date);
                row.getCell(0).setCellStyle(figures.monthly() ? styles.month() : styles.date());
            } else {
                text(row.createCell(0), category.toString(), null);
            }
            for (int s = 0; s < series.size(); s++) {
                Cell cell = row.createCell(s + 1);
                cell.setCellValue(number(figures.figure(category, series.get(s))));
                cell.setCellStyle(figureStyle);
            }
        }
        return categories.size() + 2;
    }

    private void draw(XSSFDrawing drawing, String sheet, ChartFigures figures, int top) {
        int left = figures.series().size() + 2;
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, top, left + CHART_COLUMNS,
                top + CHART_ROWS));
        chart.setTitleText(figures.chart().title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFChartData data = data(chart, figures);
        List<Object> categories = figures.categories();
        int first = top + 2;
        int last = first + categories.size() - 1;
        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(
                categories.stream().map(figures::label).toArray(String[]::new), range(sheet, first, last, 0));
        List<String> series = figures.series();
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s);
            Double[] values = categories.stream().map(c -> number(figures.figure(c, name))).toArray(Double[]::new);
            XDDFChartData.Series plotted = data.addSeries(labels,
                    XDDFDataSourcesFactory.fromArray(values, range(sheet, first, last, s + 1)));
            plotted.setTitle(name, new CellReference(sheet, top + 1, s + 1, true, true));
            if (plotted instanceof XDDFLineChartData.Series line) {
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
            }
        }
        chart.plot(data);
        inBritishEnglish(chart);
    }

    /** POI marks titles with the JVM's language; a council's charts are in British English. */
    private static void inBritishEnglish(XSSFChart chart) {
        String runs = "declare namespace a='" + DRAWING_NAMESPACE + "' .//a:rPr";
        for (XmlObject run : chart.getCTChart().selectPath(runs)) {
            ((CTTextCharacterProperties) run).setLang("en-GB");
        }
    }

    private static XDDFChartData data(XSSFChart chart, ChartFigures figures) {
        ChartType type = figures.chart().type();
        if (type == ChartType.PIE) {
            XDDFChartData pie = chart.createData(ChartTypes.PIE, null, null);
            pie.setVaryColors(true);
            return pie;
        }
        XDDFCategoryAxis across = chart.createCategoryAxis(AxisPosition.BOTTOM);
        across.setTitle(figures.categoryTitle());
        XDDFValueAxis up = chart.createValueAxis(AxisPosition.LEFT);
        up.setTitle(figures.valueTitle());
        up.setCrosses(AxisCrosses.AUTO_ZERO);
        up.setNumberFormat(switch (figures.valueType()) {
            case MONEY -> figures.currency().equals(ColumnTotals.GBP) ? "\"£\"#,##0" : "#,##0";
            case PERCENT -> "0%";
            default -> "#,##0";
        });
        // Whole pounds on the axis, rather than the pence of the cells it reads.
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        if (type == ChartType.LINE) {
            return chart.createData(ChartTypes.LINE, across, up);
        }
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, across, up);
        bars.setBarDirection(BarDirection.COL);
        if (type == ChartType.STACKED_BAR) {
            bars.setBarGrouping(BarGrouping.STACKED);
            overlapFully(chart);
        } else {
            bars.setBarGrouping(BarGrouping.CLUSTERED);
        }
        return bars;
    }

    /**
     * Stacked bars overlap fully, or Excel draws each series beside the last. POI's lite schemas lack the type of
     * {@code c:overlap}, so it is written as plain XML, in its place before the axis ids.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bars.newCursor()) {
            cursor.toChild(new QName(CHART_NAMESPACE, "axId"));
            cursor.beginElement(new QName(CHART_NAMESPACE, "overlap"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    private void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        if (XlsxText.looksLikeFormula(text)) {
            cell.setCellStyle(styles.quotedText());
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A spreadsheet number: for money, the double nearest the exact amount, as the data sheet writes it. */
    private static double number(BigDecimal figure) {
        return figure.doubleValue();
    }

    private static String range(String sheet, int first, int last, int column) {
        return new CellRangeAddress(first, last, column, column).formatAsString(sheet, true);
    }
}
