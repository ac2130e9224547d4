package org.coffer.plugins.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates as card and payment reports write them, {@code 10 Jun 2016}: the day, the month's English three-letter name
 * in any case, the four-digit year. Read without a formatter, and the last one read is kept, since a report's rows
 * share their days.
 */
public final class ShortMonthDates {

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private final String example;
    private String lastText = "";
    private LocalDate lastDate;

    /** @param example a date as the report writes it, named in the message when a cell is not one */
    public ShortMonthDates(String example) {
        this.example = example;
    }

    /** @throws IllegalArgumentException saying what the cell holds and what a date looks like */
    public LocalDate parse(String cell) {
        if (cell.equals(lastText)) {
            return lastDate;
        }
        String[] parts = cell.strip().split(" ");
        if (parts.length != 3 || parts[1].length() != 3 || !isDigits(parts[0], 1, 2) || !isDigits(parts[2], 4, 4)) {
            throw notADate(cell);
        }
        int month = MONTHS.indexOf(parts[1].toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            throw notADate(cell);
        }
        try {
            lastDate = LocalDate.of(Integer.parseInt(parts[2]), month / 3 + 1, Integer.parseInt(parts[0]));
        } catch (DateTimeException e) {
            throw notADate(cell);
        }
        lastText = cell;
        return lastDate;
    }

    private static boolean isDigits(String text, int min, int max) {
        return text.length() >= min && text.length() <= max && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private IllegalArgumentException notADate(String cell) {
        return new IllegalArgumentException("'" + cell + "' is not a date such as " + example);
    }
}
