package org.coffer.server.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The sheet that says what a report is: council, title, description, parameters, data source and when produced. */
final class XlsxAboutSheet {

    static final String NAME = "About this report";

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final XlsxLabelledRows rows;

    XlsxAboutSheet(SXSSFWorkbook workbook, XlsxStyles styles) {
        this.sheet = workbook.createSheet(NAME);
        this.styles = styles;
        this.rows = new XlsxLabelledRows(sheet, styles);
    }

    void write(ReportResult result, long rowCount) {
        Report report = result.report();
        rows.line("Council", result.councilName());
        rows.line("Report", report.title());
        rows.line("About", report.description());
        rows.gap();
        rows.line("Parameters", null);
        for (ParameterValue value : result.parameters()) {
            rows.line(value.parameter().label(), value.description());
        }
        rows.gap();
        rows.line("Data source", result.dataSource());
        rows.line("Rows", null).setCellValue(rowCount);
        Cell produced = rows.line("Produced", result.producedAt().format(XlsxLabelledRows.PRODUCED));
        produced.getRow().createCell(2).setCellValue(result.producedAt().toLocalDateTime());
        produced.getRow().getCell(2).setCellStyle(styles.timestamp());
        rows.line("Report id", report.id());
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        sheet.setColumnWidth(2, 18 * 256);
    }
}
