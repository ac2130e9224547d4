package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A report as its definition file describes it: what it shows, the parameters it takes, the DuckDB SQL that
 * produces it and how its columns are typed.
 *
 * @param id a stable id, {@code [a-z][a-z0-9-]*}, used on the command line and in addresses
 * @param title the title on every output
 * @param description a sentence or two on what it shows and how to read it
 * @param dataSource what the figures are drawn from, stated in every output
 * @param parameters the inputs, in the order forms show them
 * @param columns the output columns, in order
 * @param sql the query, with parameters bound by name
 * @param origin the file the definition was read from
 * @param template the PDF template: a generic table ({@code table-portrait}, {@code table-landscape}) or a template
 *     of the report's own shape, shipped or in the council's reports folder
 * @param charts the charts drawn from its rows, in order; at most {@link #MAX_CHARTS}
 */
public record Report(String id, String title, String description, String dataSource,
        List<ReportParameter> parameters, List<ReportColumn> columns, String sql, String origin, String template,
        List<ReportChart> charts) {

    /** A portrait table up to this many columns, landscape beyond, when a definition names no template. */
    static final int PORTRAIT_COLUMNS = 7;
    /** The charts a PDF's first page holds above the table. */
    static final int MAX_CHARTS = 2;

    /** A report laid out in PDF as a generic table that suits its number of columns. */
    public Report(String id, String title, String description, String dataSource, List<ReportParameter> parameters,
            List<ReportColumn> columns, String sql, String origin) {
        this(id, title, description, dataSource, parameters, columns, sql, origin,
                columns.size() <= PORTRAIT_COLUMNS ? PdfTemplates.PORTRAIT : PdfTemplates.LANDSCAPE);
    }

    /** A report without charts. */
    public Report(String id, String title, String description, String dataSource, List<ReportParameter> parameters,
            List<ReportColumn> columns, String sql, String origin, String template) {
        this(id, title, description, dataSource, parameters, columns, sql, origin, template, List.of());
    }

    public Report {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(description, "description is null");
        requireNonNull(dataSource, "dataSource is null");
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        requireNonNull(sql, "sql is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(template, "template is null");
        charts = List.copyOf(charts);
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("report id must be lower case letters, digits and -, was '" + id + "'");
        }
        if (!template.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("template must be lower case letters, digits and -, was '" + template
                    + "'");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("report " + id + " has no columns");
        }
        if (PdfTemplates.isGenericTable(template) && columns.size() > PdfTableLayout.SLOTS) {
            throw new IllegalArgumentException("report " + id + " has " + columns.size() + " columns; the template "
                    + template + " takes " + PdfTableLayout.SLOTS + " at most");
        }
        if (columns.stream().filter(c -> c.type() == ColumnType.CURRENCY).count() > 1) {
            throw new IllegalArgumentException("report " + id + " has more than one currency column");
        }
        if (charts.size() > MAX_CHARTS) {
            throw new IllegalArgumentException("report " + id + " has " + charts.size() + " charts; a report has "
                    + MAX_CHARTS + " at most, as many as the first page of its PDF holds");
        }
        for (ReportChart chart : charts) {
            chart.check(columns, currencyColumn(columns));
        }
    }

    /** The position of the column naming each row's currency, when the report has one. */
    public Optional<Integer> currencyColumn() {
        return currencyColumn(columns);
    }

    static Optional<Integer> currencyColumn(List<ReportColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == ColumnType.CURRENCY) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The position of a named column. */
    int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("report " + id + " has no column " + name);
    }

    public Optional<ReportParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
