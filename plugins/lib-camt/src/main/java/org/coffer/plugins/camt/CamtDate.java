package org.coffer.plugins.camt;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.coffer.plugins.camt.InvalidFieldException.Fault;

/**
 * The day of a camt {@code Dt} or {@code DtTm}, read from its first ten characters as written: a time and zone
 * offset after it are ignored, so that a booking at 23:30+01:00 stays on the day the bank gave it.
 */
public final class CamtDate {

    private static final int LENGTH = "yyyy-mm-dd".length();

    private CamtDate() {
    }

    /** The date, or {@code null} when the text is absent. */
    public static LocalDate parse(String field, String text) throws InvalidFieldException {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.length() < LENGTH || value.charAt(4) != '-' || value.charAt(7) != '-'
                || (value.length() > LENGTH && !isDateSuffix(value.charAt(LENGTH)))) {
            throw notADate(field, text);
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            throw notADate(field, text);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw notADate(field, text);
        }
    }

    /** A time ({@code T}) or a zone ({@code Z}, {@code +}, {@code -}) may follow the day. */
    private static boolean isDateSuffix(char c) {
        return c == 'T' || c == 'Z' || c == '+' || c == '-';
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static InvalidFieldException notADate(String field, String text) {
        return new InvalidFieldException(field, Fault.BAD_VALUE,
                "'" + text + "' is not a date (yyyy-mm-dd, optionally with a time)");
    }
}
