package org.coffer.sampledata;

import java.time.LocalDate;

/** Writes amounts and dates as bank files spell them, without String.format or the default locale. */
final class Decimals {

    private Decimals() {
    }

    /** Appends unsigned pence as {@code 1234<separator>05}. */
    static StringBuilder appendPence(StringBuilder out, long pence, char separator) {
        if (pence < 0) {
            throw new IllegalArgumentException("pence must not be negative, was " + pence);
        }
        out.append(pence / 100).append(separator);
        return appendTwoDigits(out, (int) (pence % 100));
    }

    static StringBuilder appendTwoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** Appends a non-negative number padded with zeros to {@code width} digits. */
    static StringBuilder appendPadded(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** Appends a date as {@code yyMMdd}, the MT940 form. */
    static StringBuilder appendYymmdd(StringBuilder out, LocalDate date) {
        appendTwoDigits(out, date.getYear() % 100);
        appendTwoDigits(out, date.getMonthValue());
        return appendTwoDigits(out, date.getDayOfMonth());
    }
}
