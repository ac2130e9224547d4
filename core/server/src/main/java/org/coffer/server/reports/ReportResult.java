package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JasperReport;

/**
 * A report run: the report, the parameters it ran with, when, and its rows. The rows are read from the database
 * each time they are asked for, streamed, so that a million-row report never sits in memory.
 */
public final class ReportResult {

    private final Report report;
    private final List<ParameterValue> parameters;
    private final String councilName;
    private final String database;
    private final ZonedDateTime producedAt;
    private final ReportQuery query;
    private final PdfTemplates templates;

    ReportResult(Report report, List<ParameterValue> parameters, String councilName, String database,
            ZonedDateTime producedAt, ReportQuery query, PdfTemplates templates) {
        this.report = requireNonNull(report, "report is null");
        this.parameters = List.copyOf(parameters);
        this.councilName = requireNonNull(councilName, "councilName is null");
        this.database = requireNonNull(database, "database is null");
        this.producedAt = requireNonNull(producedAt, "producedAt is null");
        this.query = requireNonNull(query, "query is null");
        this.templates = requireNonNull(templates, "templates is null");
    }

    public Report report() {
        return report;
    }

    public List<ParameterValue> parameters() {
        return parameters;
    }

    public String councilName() {
        return councilName;
    }

    /** Where the figures come from: the report's own statement and the database file. */
    public String dataSource() {
        return report.dataSource() + " Coffer database " + database + ".";
    }

    /** When the report was produced, in the council's time. */
    public ZonedDateTime producedAt() {
        return producedAt;
    }

    /** Streams every row to the handler, in the report's order. */
    public void forEachRow(RowHandler handler) throws IOException {
        query.stream(handler, Long.MAX_VALUE);
    }

    /** The report's PDF template, ready for this run to lay out. */
    JasperReport pdfTemplate() {
        return templates.forRun(report.template());
    }

    /** The template that draws a report's charts in its PDF, ready for this run to lay out. */
    JasperReport chartsTemplate() {
        return templates.forRun(PdfCharts.TEMPLATE);
    }

    /** The first rows only, for a preview. */
    public List<Object[]> firstRows(int limit) {
        List<Object[]> rows = new ArrayList<>();
        try {
            query.stream(rows::add, limit);
        } catch (IOException e) {
            throw new IllegalStateException("collecting rows in memory cannot fail", e);
        }
        return rows;
    }
}
