package org.coffer.server.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.coffer.server.CofferException;

/**
 * Writes a report as a PDF through its JasperReports template: council, title and parameters at the top of every
 * page, the report's charts above the table on the first page (see {@link PdfCharts}), column headings repeated on
 * every page, "Page X of Y" and the time it was produced at the foot, totals in pence as the other formats have them,
 * the document's title, author, subject and language (en-GB) set, and tagged for screen readers ({@link PdfTags}).
 * A PDF is for reading and printing, so one longer than {@link #MAX_ROWS} rows is refused in favour of .xlsx or .csv
 * rather than kept in memory.
 */
public final class PdfReportWriter {

    static final int MAX_ROWS = 20_000;
    private static final String LANGUAGE = "en-GB";

    private final int maxRows;

    public PdfReportWriter() {
        this(MAX_ROWS);
    }

    /** For tests: a smaller limit. */
    PdfReportWriter(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Runs the report's query and writes the PDF to {@code out}, which stays open. */
    public void write(ReportResult result, OutputStream out) throws IOException {
        Report report = result.report();
        List<Object[]> values = collect(result);
        Map<String, Object> parameters = parameters(result);
        addCharts(result, values, parameters);
        JasperPrint print = fill(report, result.pdfTemplate(), withTotals(report, values), parameters);
        export(List.of(print), describe(result), out, "report " + report.id());
    }

    /** Puts the report's charts, drawn from its rows, above a generic table. */
    static void addCharts(ReportResult result, List<Object[]> rows, Map<String, Object> parameters) {
        if (result.report().charts().isEmpty() || !PdfTemplates.isGenericTable(result.report().template())) {
            return;
        }
        List<ChartFigures> charts = ChartFigures.of(result.report());
        rows.forEach(values -> charts.forEach(chart -> chart.add(values)));
        PdfCharts.add(parameters, charts, result.chartsTemplate(), result.pdfTemplate().getColumnWidth());
    }

    /** Lays rows out on a template, placing a generic table's column slots for the report first. */
    static JasperPrint fill(Report report, JasperReport template, List<PdfRows.Row> rows,
            Map<String, Object> parameters) {
        PdfRows source = new PdfRows(report, rows);
        if (PdfTemplates.isGenericTable(report.template())) {
            PdfTableLayout.place(template, report.columns(), source.widestCells());
        }
        try {
            return JasperFillManager.fillReport(template, parameters, source);
        } catch (JRException e) {
            throw new CofferException(ReportErrorCode.REPORT_WRITE_FAILED, "report " + report.id()
                    + " could not be laid out as a PDF with the template " + report.template() + ": "
                    + e.getMessage(), List.of(), e);
        }
    }

    /** Writes the filled reports one after another as one PDF document. */
    static void export(List<JasperPrint> prints, SimplePdfExporterConfiguration configuration, OutputStream out,
            String what) {
        try {
            configuration.setTagged(true);
            configuration.setTagLanguage(LANGUAGE);
            JRPdfExporter exporter = new PdfExporter(prints);
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new CofferException(ReportErrorCode.REPORT_WRITE_FAILED, what + " could not be written as a PDF: "
                    + e.getMessage(), List.of(), e);
        }
    }

    private List<Object[]> collect(ReportResult result) throws IOException {
        Report report = result.report();
        List<Object[]> rows = new ArrayList<>();
        result.forEachRow(values -> {
            if (rows.size() == maxRows) {
                throw new CofferException(ReportErrorCode.REPORT_TOO_LONG_FOR_PDF, "report " + report.id()
                        + " has more than " + String.format(Locale.UK, "%,d", maxRows) + " rows for these parameters, too many "
                        + "to read as a PDF; choose a shorter period or fewer funds, or download it as .xlsx or .csv");
            }
            rows.add(values);
        });
        return rows;
    }

    /** The rows, followed by the totals rows when the report has totals. */
    static List<PdfRows.Row> withTotals(Report report, List<Object[]> values) {
        ColumnTotals totals = new ColumnTotals(report);
        List<PdfRows.Row> rows = new ArrayList<>();
        for (Object[] row : values) {
            totals.add(row);
            rows.add(new PdfRows.Row(row, false));
        }
        if (report.columns().stream().anyMatch(ReportColumn::total)) {
            rows.addAll(totalRows(report, totals));
        }
        return rows;
    }

    /** One row per currency, GBP first: the label in the first column that carries no total. */
    private static List<PdfRows.Row> totalRows(Report report, ColumnTotals totals) {
        List<ReportColumn> columns = report.columns();
        int currencyColumn = report.currencyColumn().orElse(-1);
        List<PdfRows.Row> rows = new ArrayList<>();
        for (String currency : totals.currencies()) {
            Object[] values = new Object[columns.size()];
            boolean labelled = false;
            for (int i = 0; i < values.length; i++) {
                if (columns.get(i).total()) {
                    values[i] = totals.total(currency, i);
                } else if (i == currencyColumn) {
                    values[i] = currency;
                } else if (!labelled) {
                    values[i] = currencyColumn < 0 ? "Total" : currency.equals(ColumnTotals.GBP) ? "Total GBP"
                            : "Total " + currency + ", apart from GBP";
                    labelled = true;
                }
            }
            rows.add(new PdfRows.Row(values, true));
        }
        return rows;
    }

    static Map<String, Object> parameters(ReportResult result) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("COUNCIL", result.councilName());
        parameters.put("TITLE", result.report().title());
        parameters.put("PARAMETERS", result.parameters().isEmpty() ? "No parameters"
                : result.parameters().stream().map(v -> v.parameter().label() + ": " + v.description())
                        .collect(Collectors.joining(" \u00b7 ")));
        parameters.put("PRODUCED", PdfRows.TIME.format(result.producedAt()));
        parameters.put("NOTES", result.report().description().replaceAll("\\s+", " ") + "\nSource: "
                + result.dataSource().replaceAll("\\s+", " "));
        parameters.put("HEADINGS", result.report().columns().stream().map(ReportColumn::heading).toList());
        return parameters;
    }

    private static SimplePdfExporterConfiguration describe(ReportResult result) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(result.report().title());
        configuration.setMetadataAuthor(result.councilName());
        configuration.setMetadataSubject(result.report().description().replaceAll("\\s+", " "));
        configuration.setMetadataKeywords(result.report().id());
        configuration.setMetadataCreator("Coffer");
        configuration.setDisplayMetadataTitle(true);
        return configuration;
    }
}
