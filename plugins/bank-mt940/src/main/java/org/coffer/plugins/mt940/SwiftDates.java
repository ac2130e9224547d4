package org.coffer.plugins.mt940;

import java.time.DateTimeException;
import java.time.LocalDate;

/** SWIFT dates: {@code YYMMDD}, and the {@code MMDD} entry date whose year follows from the value date. */
final class SwiftDates {

    private SwiftDates() {
    }

    /** The date {@code YYMMDD} at {@code start}; years 00 to 79 are 20xx and 80 to 99 are 19xx. */
    static LocalDate yymmdd(String text, int start, String field) throws FieldException {
        if (!digits(text, start, 6)) {
            throw badDate(text, start, 6, field, "YYMMDD");
        }
        int yy = twoDigits(text, start);
        int year = yy < 80 ? 2000 + yy : 1900 + yy;
        try {
            return LocalDate.of(year, twoDigits(text, start + 2), twoDigits(text, start + 4));
        } catch (DateTimeException e) {
            throw badDate(text, start, 6, field, "a real date as YYMMDD");
        }
    }

    /**
     * The date {@code MMDD} at {@code start} in the year that puts it nearest the value date, so that an entry
     * booked across a year end (value 31 December, entry 0102) lands in the next year.
     */
    static LocalDate mmddNear(String text, int start, LocalDate valueDate, String field) throws FieldException {
        if (!digits(text, start, 4)) {
            throw badDate(text, start, 4, field, "MMDD");
        }
        int month = twoDigits(text, start);
        int day = twoDigits(text, start + 2);
        LocalDate nearest = null;
        for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (nearest == null || distance(candidate, valueDate) < distance(nearest, valueDate)) {
                nearest = candidate;
            }
        }
        if (nearest == null) {
            throw badDate(text, start, 4, field, "a real date as MMDD");
        }
        return nearest;
    }

    static boolean digits(String text, int start, int count) {
        if (start + count > text.length()) {
            return false;
        }
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static int twoDigits(String text, int start) {
        return (text.charAt(start) - '0') * 10 + (text.charAt(start + 1) - '0');
    }

    private static FieldException badDate(String text, int start, int length, String field, String expected) {
        String found = text.substring(Math.min(start, text.length()), Math.min(start + length, text.length()));
        return new FieldException(Mt940ErrorCode.MT940_BAD_DATE, field, "'" + found + "': expected " + expected);
    }
}
