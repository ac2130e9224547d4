package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

/**
 * One column of a report's output.
 *
 * @param name the SQL result column it reads
 * @param heading what the header row says
 * @param type how its values are typed and formatted
 * @param total whether the output ends with a total of it
 */
public record ReportColumn(String name, String heading, ColumnType type, boolean total) {

    public ReportColumn {
        requireNonNull(name, "name is null");
        requireNonNull(heading, "heading is null");
        requireNonNull(type, "type is null");
        if (total && !type.summable()) {
            throw new IllegalArgumentException("column " + name + " is " + type.spelling()
                    + ", which cannot be totalled: only money and count columns can");
        }
    }
}
