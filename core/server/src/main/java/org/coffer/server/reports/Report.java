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
 */
public record Report(String id, String title, String description, String dataSource,
        List<ReportParameter> parameters, List<ReportColumn> columns, String sql, String origin) {

    public Report {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(description, "description is null");
        requireNonNull(dataSource, "dataSource is null");
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        requireNonNull(sql, "sql is null");
        requireNonNull(origin, "origin is null");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("report id must be lower case letters, digits and -, was '" + id + "'");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("report " + id + " has no columns");
        }
        if (columns.stream().filter(c -> c.type() == ColumnType.CURRENCY).count() > 1) {
            throw new IllegalArgumentException("report " + id + " has more than one currency column");
        }
    }

    /** The position of the column naming each row's currency, when the report has one. */
    public Optional<Integer> currencyColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == ColumnType.CURRENCY) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public Optional<ReportParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
