package org.coffer.server.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a pack as one workbook: the summary sheet first, then each section's report as its own .xlsx has it, with
 * the same typed cells, formats and live totals.
 */
public final class PackXlsxWriter {

    private static final int WINDOW = 100;

    /** Writes the workbook to {@code out}, which stays open. */
    public void write(PackResult pack, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            new XlsxPackSummary(workbook, styles).write(pack);
            XlsxReportSheets sheets = new XlsxReportSheets(workbook, styles,
                    SpreadsheetVersion.EXCEL2007.getMaxRows());
            for (PackResult.Section section : pack.sections()) {
                Report report = section.result().report();
                sheets.write(report, handler -> {
                    for (Object[] row : section.rows()) {
                        handler.row(row.clone());
                    }
                }, XlsxCharts.sheetName("Charts, " + report.title()));
            }
            describe(workbook, pack);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void describe(SXSSFWorkbook workbook, PackResult pack) {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(pack.pack().title() + ", " + pack.periodText());
        core.setDescription(pack.pack().description());
        core.setSubjectProperty(pack.councilName());
        core.setCreator("Coffer");
        core.setKeywords(pack.pack().id());
        core.setCreated(Optional.of(Date.from(pack.producedAt().toInstant())));
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("Pack id", pack.pack().id());
        custom.addProperty("From", pack.from().toString());
        custom.addProperty("To", pack.to().toString());
    }
}
