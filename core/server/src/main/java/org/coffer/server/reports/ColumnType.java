package org.coffer.server.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a report column's values are typed in the output: money is pence from SQL, shown in pounds. */
public enum ColumnType {
    TEXT,
    /** The ISO code of the row's currency; money in the row is in it, and totals keep currencies apart. */
    CURRENCY,
    DATE,
    /** A UTC timestamp from the database, shown in the council's time. */
    TIMESTAMP,
    /** Pence as a whole number. */
    MONEY,
    COUNT,
    /** A fraction, 0.25 for 25 %. */
    PERCENT,
    /** A decimal number shown to one place, such as days waited. */
    NUMBER;

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ColumnType> bySpelling(String text) {
        return Arrays.stream(values()).filter(type -> type.spelling().equals(text)).findFirst();
    }

    /** Whether a column of this type can carry a total. */
    boolean summable() {
        return this == MONEY || this == COUNT;
    }
}
