package org.coffer.server.reports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Writes a pack as one PDF: a summary page of the headline figures, then each section laid out by its report's own
 * template, headed with the pack's title. Pages are numbered through the whole document ("Page X of Y") where the
 * template marks its page number and count ({@code key="page-number"}, {@code key="page-count"}), as the shipped
 * tables do.
 */
public final class PackPdfWriter {

    private static final Report SUMMARY = new Report("pack-summary", "Summary", "", "", List.of(), List.of(
            new ReportColumn("section", "Section", ColumnType.TEXT, false),
            new ReportColumn("figure", "Figure", ColumnType.TEXT, false),
            new ReportColumn("value", "Value", ColumnType.TEXT, false)), "", "pack", PdfTemplates.PORTRAIT);

    /** Writes the PDF to {@code out}, which stays open. */
    public void write(PackResult pack, OutputStream out) {
        List<JasperPrint> prints = new ArrayList<>();
        prints.add(PdfReportWriter.fill(SUMMARY, pack.summaryTemplate(), summaryRows(pack), summaryHeader(pack)));
        for (PackResult.Section section : pack.sections()) {
            ReportResult result = section.result();
            Map<String, Object> header = PdfReportWriter.parameters(result);
            header.put("TITLE", pack.pack().title() + ": " + result.report().title());
            PdfReportWriter.addCharts(result, section.rows(), header);
            prints.add(PdfReportWriter.fill(result.report(), result.pdfTemplate(),
                    PdfReportWriter.withTotals(result.report(), section.rows()), header));
        }
        numberPages(prints);
        PdfReportWriter.export(prints, describe(pack), out, "pack " + pack.pack().id());
    }

    private static List<PdfRows.Row> summaryRows(PackResult pack) {
        List<PdfRows.Row> rows = new ArrayList<>();
        for (PackResult.Section section : pack.sections()) {
            for (PackFigure figure : section.figures()) {
                rows.add(new PdfRows.Row(new Object[] {section.result().report().title(), figure.label(),
                    figure.text()}, false));
            }
        }
        return rows;
    }

    private static Map<String, Object> summaryHeader(PackResult pack) {
        Map<String, Object> header = new HashMap<>();
        header.put("COUNCIL", pack.councilName());
        header.put("TITLE", pack.pack().title());
        header.put("PARAMETERS", "Period: " + pack.periodText());
        header.put("PRODUCED", PdfRows.TIME.format(pack.producedAt()));
        header.put("NOTES", pack.pack().description());
        header.put("HEADINGS", SUMMARY.columns().stream().map(ReportColumn::heading).toList());
        return header;
    }

    /** Each report numbers its own pages; one document numbers them all. */
    private static void numberPages(List<JasperPrint> prints) {
        int total = prints.stream().mapToInt(print -> print.getPages().size()).sum();
        int number = 0;
        for (JasperPrint print : prints) {
            for (JRPrintPage page : print.getPages()) {
                number++;
                renumber(page.getElements(), number, total);
            }
        }
    }

    private static void renumber(List<JRPrintElement> elements, int number, int total) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                renumber(frame.getElements(), number, total);
            } else if (element instanceof JRPrintText text && "page-number".equals(element.getKey())) {
                text.setText("Page " + number + " of");
            } else if (element instanceof JRPrintText text && "page-count".equals(element.getKey())) {
                text.setText(" " + total);
            }
        }
    }

    private static SimplePdfExporterConfiguration describe(PackResult pack) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(pack.pack().title() + ", " + pack.periodText());
        configuration.setMetadataAuthor(pack.councilName());
        configuration.setMetadataSubject(pack.pack().description());
        configuration.setMetadataKeywords(pack.pack().id());
        configuration.setMetadataCreator("Coffer");
        configuration.setDisplayMetadataTitle(true);
        return configuration;
    }
}
