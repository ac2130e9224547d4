package org.coffer.server.reports;

import java.io.IOException;

/** Receives a report's rows one at a time, as they stream from the database. */
@FunctionalInterface
public interface RowHandler {

    /**
     * One row, a value per column in the report's column order: {@code String} for text and currency,
     * {@code LocalDate}, {@code LocalDateTime} (council time) for timestamps, {@code Long} for money (pence) and
     * counts, {@code BigDecimal} for percentages; {@code null} where the database has none. The array is the
     * handler's to keep.
     */
    void row(Object[] values) throws IOException;
}
