package org.coffer.plugins.csvlayout;

/**
 * Where a layout says a value is: a CSV column by its header name ({@code Post Date}) or by its number
 * ({@code #3}), or a fixed-width span of character positions ({@code 12-19}, counted from 1).
 */
sealed interface ColumnSpec {

    /** A CSV column found by the name in the file's header. */
    record ByName(String header) implements ColumnSpec {
    }

    /** A CSV column by its place, counted from 1. */
    record ByNumber(int number) implements ColumnSpec {
    }

    /** Characters {@code first} to {@code last} of a fixed-width line, counted from 1, both included. */
    record BySpan(int first, int last) implements ColumnSpec {
    }

    /** Reads {@code Post Date}, {@code #3} or {@code 12-19}; null when the text is none of them. */
    static ColumnSpec parse(String text) {
        if (text.matches("#[1-9][0-9]{0,2}")) {
            return new ByNumber(Integer.parseInt(text.substring(1)));
        }
        if (text.matches("[1-9][0-9]{0,3}-[1-9][0-9]{0,3}")) {
            int dash = text.indexOf('-');
            int first = Integer.parseInt(text.substring(0, dash));
            int last = Integer.parseInt(text.substring(dash + 1));
            return last >= first ? new BySpan(first, last) : null;
        }
        return text.isBlank() ? null : new ByName(text);
    }
}
