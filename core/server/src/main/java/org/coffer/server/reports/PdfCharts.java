package org.coffer.server.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.base.JRBaseElement;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A report's charts for its PDF: the compiled {@code charts} template, a subreport that the generic tables print at
 * the top of the first page, and one record per chart with its figures as series, category and value (money in
 * pounds, shares as percentages). The charts are widened to the page, the only change made to the compiled template.
 */
final class PdfCharts {

    static final String TEMPLATE = "charts";
    static final String DATA_PARAMETER = "CHARTS";
    static final String TEMPLATE_PARAMETER = "CHARTS_TEMPLATE";
    private static final String NOTHING = "nothing";

    private PdfCharts() {
    }

    /** Adds the charts to the fill's parameters; a report without charts adds none, and the subreport stays out. */
    static void add(Map<String, Object> parameters, List<ChartFigures> charts, JasperReport template, int width) {
        for (JRElement element : template.getDetailSection().getBands()[0].getElements()) {
            ((JRBaseElement) element).setWidth(width);
        }
        List<Map<String, ?>> records = new ArrayList<>();
        for (ChartFigures figures : charts) {
            // No chart element prints for an unknown type: an empty chart would draw a meaningless axis.
            boolean empty = figures.isEmpty();
            records.add(Map.of("type", empty ? NOTHING : figures.chart().type().spelling(),
                    "title", empty ? figures.chart().title() + ": " + XlsxCharts.NOTHING_TO_CHART
                            : figures.chart().title(),
                    "categoryTitle", figures.categoryTitle(), "valueTitle", figures.valueTitle(),
                    "figures", new JRMapCollectionDataSource(points(figures))));
        }
        parameters.put(DATA_PARAMETER, new JRMapCollectionDataSource(records));
        parameters.put(TEMPLATE_PARAMETER, template);
    }

    private static List<Map<String, ?>> points(ChartFigures figures) {
        List<Map<String, ?>> points = new ArrayList<>();
        for (Object category : figures.categories()) {
            for (String series : figures.series()) {
                BigDecimal figure = figures.figure(category, series);
                points.add(Map.of("series", series, "category", figures.label(category), "value",
                        figures.valueType() == ColumnType.PERCENT ? figure.movePointRight(2) : figure));
            }
        }
        return points;
    }
}
