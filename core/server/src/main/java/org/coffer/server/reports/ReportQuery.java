package org.coffer.server.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.coffer.server.CofferException;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;

/** A report's SQL with its parameters bound by name, run on demand and read row by row into typed values. */
final class ReportQuery {

    private final Database database;
    private final Report report;
    private final Map<String, Object> bindings;
    private final ZoneId councilZone;
    private final CouncilTables councilTables;

    ReportQuery(Database database, Report report, Map<String, Object> bindings, ZoneId councilZone,
            CouncilTables councilTables) {
        this.database = database;
        this.report = report;
        this.bindings = bindings;
        this.councilZone = councilZone;
        this.councilTables = councilTables;
    }

    void stream(RowHandler handler, long limit) throws IOException {
        try {
            database.jdbi().useHandle(handle -> {
                councilTables.create(handle);
                bound(handle).scanResultSet((results, context) -> {
                    read(results.get(), handler, limit);
                    return null;
                });
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (JdbiException e) {
            throw new CofferException(ReportErrorCode.REPORT_QUERY_FAILED, "the SQL of report " + report.id() + " ("
                    + report.origin() + ") failed: " + e.getMessage(), List.of(), e);
        }
    }

    private Query bound(Handle handle) {
        Query query = handle.createQuery(report.sql());
        // A period binds its month, quarter and year and last year's; a report uses the ones it needs.
        query.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        query.bind("council_zone", councilZone.getId());
        bindings.forEach((name, value) -> {
            if (value == null) {
                query.bindByType(name, null, String.class);
            } else {
                query.bindByType(name, value, value.getClass());
            }
        });
        return query;
    }

    private void read(ResultSet results, RowHandler handler, long limit) throws SQLException {
        List<ReportColumn> columns = report.columns();
        int[] positions = positions(results, columns);
        ColumnType[] types = columns.stream().map(ReportColumn::type).toArray(ColumnType[]::new);
        long count = 0;
        while (count < limit && results.next()) {
            Object[] row = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                row[i] = value(results, positions[i], types[i]);
            }
            try {
                handler.row(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count++;
        }
    }

    private Object value(ResultSet results, int position, ColumnType type) throws SQLException {
        return switch (type) {
            case TEXT, CURRENCY -> results.getString(position);
            case DATE -> results.getObject(position, LocalDate.class);
            case TIMESTAMP -> {
                LocalDateTime utc = results.getObject(position, LocalDateTime.class);
                yield utc == null ? null
                        : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(councilZone).toLocalDateTime();
            }
            case MONEY, COUNT -> {
                long number = results.getLong(position);
                yield results.wasNull() ? null : number;
            }
            case PERCENT, NUMBER -> results.getBigDecimal(position);
        };
    }

    private int[] positions(ResultSet results, List<ReportColumn> columns) throws SQLException {
        int[] positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            String name = columns.get(i).name();
            try {
                positions[i] = results.findColumn(name);
            } catch (SQLException e) {
                throw new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION, "report " + report.id() + " ("
                        + report.origin() + ") has a column " + name + " that its SQL does not return");
            }
        }
        return positions;
    }
}
