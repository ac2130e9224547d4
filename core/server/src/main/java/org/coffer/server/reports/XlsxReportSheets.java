package org.coffer.server.reports;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report's rows written into a workbook as its data sheets and its charts: what a report's own .xlsx and a pack's
 * section have in common, so that both come out the same.
 */
final class XlsxReportSheets {

    /** Where the rows come from: a run's query, streamed, or rows a pack has already read. */
    @FunctionalInterface
    interface Rows {
        void forEach(RowHandler handler) throws IOException;
    }

    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final int maxRowsPerSheet;

    XlsxReportSheets(SXSSFWorkbook workbook, XlsxStyles styles, int maxRowsPerSheet) {
        this.workbook = workbook;
        this.styles = styles;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes the rows and their totals, then the report's charts (if it has any) on a sheet of the given name;
     * returns how many rows there were.
     */
    long write(Report report, Rows rows, String chartsSheet) throws IOException {
        XlsxDataSheets data = new XlsxDataSheets(workbook, styles, report, maxRowsPerSheet);
        List<ChartFigures> charts = ChartFigures.of(report);
        long[] count = {0};
        rows.forEach(values -> {
            data.add(values);
            charts.forEach(chart -> chart.add(values));
            count[0]++;
        });
        data.finish();
        new XlsxCharts(workbook, styles).write(chartsSheet, charts);
        return count[0];
    }
}
