package org.coffer.plugins.allpay;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One payment line of an Allpay transaction file: 43 characters of fixed-width fields. Columns (from 0): 0-6 the
 * client's site code, 7-22 the account reference, 23-31 the amount with a decimal point, right-aligned, 32 the
 * channel letter, 33-42 the date as {@code dd/MM/yyyy}.
 *
 * @param signedPence the amount as written, negative with a minus sign
 */
record DetailLine(String siteCode, String reference, long signedPence, char letter, LocalDate date) {

    static final int LENGTH = 43;
    private static final int REFERENCE = 7;
    private static final int AMOUNT = 23;
    private static final int LETTER = 32;
    private static final int DATE = 33;

    /** Reads a line; {@code previousDate} saves making a date again for the many lines that share one. */
    static DetailLine parse(String line, LocalDate previousDate) throws LineException {
        String text = line.stripTrailing();
        if (text.length() != LENGTH) {
            throw new LineException(AllpayErrorCode.ALLPAY_BAD_LINE_LENGTH, "line", "is " + text.length()
                    + " characters: expected " + LENGTH + " (site code, reference, amount, channel letter, date)");
        }
        String reference = text.substring(REFERENCE, AMOUNT).strip();
        if (reference.isEmpty()) {
            throw new LineException(AllpayErrorCode.ALLPAY_MISSING_FIELD, "reference (columns 8-23)",
                    "blank: expected the payer's account reference");
        }
        char letter = text.charAt(LETTER);
        if (letter < 'A' || letter > 'Z') {
            throw new LineException(AllpayErrorCode.ALLPAY_MISSING_FIELD, "channel letter (column 33)", "'"
                    + letter + "': expected a capital letter such as P, T or Z");
        }
        return new DetailLine(text.substring(0, REFERENCE).strip(), reference, amount(text), letter,
                date(text, previousDate));
    }

    /** Whether a line has the layout of a payment line, for detection. */
    static boolean looksLike(String line) {
        try {
            parse(line, null);
            return true;
        } catch (LineException e) {
            return false;
        }
    }

    /** The amount in columns 24-32: an optional minus, pounds, and a point with up to two decimals of pence. */
    private static long amount(String text) throws LineException {
        int start = AMOUNT;
        while (start < LETTER && text.charAt(start) == ' ') {
            start++;
        }
        boolean negative = start < LETTER && text.charAt(start) == '-';
        int at = negative ? start + 1 : start;
        long pounds = 0;
        int digits = 0;
        while (at < LETTER && isDigit(text.charAt(at))) {
            pounds = pounds * 10 + text.charAt(at++) - '0';
            digits++;
        }
        long pence = 0;
        int decimals = 0;
        if (at < LETTER && text.charAt(at) == '.') {
            at++;
            while (at < LETTER && isDigit(text.charAt(at)) && decimals < 2) {
                pence = pence * 10 + text.charAt(at++) - '0';
                decimals++;
            }
        }
        if (digits == 0 || at != LETTER) {
            throw new LineException(AllpayErrorCode.ALLPAY_BAD_AMOUNT, "amount (columns 24-32)", "'"
                    + text.substring(AMOUNT, LETTER).strip() + "': expected pounds and pence such as 60.00");
        }
        long total = pounds * 100 + (decimals == 1 ? pence * 10 : pence);
        return negative ? -total : total;
    }

    private static LocalDate date(String text, LocalDate previous) throws LineException {
        if (!isDigit(text.charAt(DATE)) || !isDigit(text.charAt(DATE + 1)) || text.charAt(DATE + 2) != '/'
                || !isDigit(text.charAt(DATE + 3)) || !isDigit(text.charAt(DATE + 4)) || text.charAt(DATE + 5) != '/'
                || !allDigits(text, DATE + 6, LENGTH)) {
            throw badDate(text, "a date as dd/MM/yyyy");
        }
        int day = twoDigits(text, DATE);
        int month = twoDigits(text, DATE + 3);
        int year = twoDigits(text, DATE + 6) * 100 + twoDigits(text, DATE + 8);
        if (previous != null && previous.getDayOfMonth() == day && previous.getMonthValue() == month
                && previous.getYear() == year) {
            return previous;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw badDate(text, "a real date as dd/MM/yyyy");
        }
    }

    private static LineException badDate(String text, String expected) {
        return new LineException(AllpayErrorCode.ALLPAY_BAD_DATE, "date (columns 34-43)", "'"
                + text.substring(DATE) + "': expected " + expected);
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(String text, int at) {
        return (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
