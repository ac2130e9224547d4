package org.coffer.server.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as an Excel workbook the way a finance office expects: typed numbers and dates, £ formats, a
 * header row that stays in view, autofilter, live totals, the report's charts (native ones, see {@link XlsxCharts}),
 * and a sheet saying what the report is. Rows stream through POI's SXSSF, which keeps only a window of rows in memory
 * and starts a new sheet when one is full.
 */
public final class XlsxReportWriter {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 100;

    private final int maxRowsPerSheet;

    public XlsxReportWriter() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** For tests: sheets that fill after fewer rows than Excel's 1,048,576. */
    XlsxReportWriter(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** Runs the report's query and writes the workbook to {@code out}, which stays open. */
    public void write(ReportResult result, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            long rows = new XlsxReportSheets(workbook, styles, maxRowsPerSheet).write(result.report(),
                    result::forEachRow, XlsxCharts.SHEET);
            new XlsxAboutSheet(workbook, styles).write(result, rows);
            describe(workbook, result);
            // Readers that calculate recompute the totals on opening; the cached values serve the others.
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void describe(SXSSFWorkbook workbook, ReportResult result) {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(result.report().title());
        core.setDescription(result.report().description());
        core.setSubjectProperty(result.councilName());
        core.setCreator("Coffer");
        core.setKeywords(result.report().id());
        core.setCreated(Optional.of(Date.from(result.producedAt().toInstant())));
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("Report id", result.report().id());
        for (ParameterValue value : result.parameters()) {
            custom.addProperty(value.parameter().label(), value.text());
        }
    }
}
