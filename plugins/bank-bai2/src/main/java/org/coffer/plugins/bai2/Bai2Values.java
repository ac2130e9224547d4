package org.coffer.plugins.bai2;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The value types of BAI2 fields: whole-number amounts with implied decimals, {@code YYMMDD} dates. */
final class Bai2Values {

    /** The largest amount whose next digit could still be added without overflowing a long. */
    private static final long LIMIT = (Long.MAX_VALUE - 9) / 10;

    private Bai2Values() {
    }

    /** An amount as written, in the currency's smallest unit: digits with an optional sign. */
    static long amount(String text, String field) throws RecordException {
        int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (text.length() == start) {
            throw badAmount(text, field);
        }
        long value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || value > LIMIT) {
                throw badAmount(text, field);
            }
            value = value * 10 + (c - '0');
        }
        return text.charAt(0) == '-' ? -value : value;
    }

    /** An amount that BAI2 writes without a sign, as in {@code 16} records. */
    static long unsignedAmount(String text, String field) throws RecordException {
        if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            throw new RecordException(Bai2ErrorCode.BAI2_BAD_AMOUNT, field, "'" + text
                    + "': expected digits without a sign; the type code gives the direction");
        }
        return amount(text, field);
    }

    /** A date {@code YYMMDD}; years 00 to 79 are 20xx and 80 to 99 are 19xx. */
    static LocalDate date(String text, String field) throws RecordException {
        if (text.length() != 6 || !digits(text)) {
            throw badDate(text, field, "a date as YYMMDD");
        }
        int yy = twoDigits(text, 0);
        try {
            return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy, twoDigits(text, 2), twoDigits(text, 4));
        } catch (DateTimeException e) {
            throw badDate(text, field, "a real date as YYMMDD");
        }
    }

    /** A three-digit type code as a number. */
    static int typeCode(String text, String field) throws RecordException {
        if (text.length() != 3 || !digits(text)) {
            throw new RecordException(Bai2ErrorCode.BAI2_BAD_TYPE_CODE, field, "'" + text
                    + "': expected a three-digit type code");
        }
        return Integer.parseInt(text);
    }

    /** A count of records, accounts or groups in a trailer. */
    static int count(String text, String field) throws RecordException {
        if (text.isEmpty() || text.length() > 9 || !digits(text)) {
            throw new RecordException(Bai2ErrorCode.BAI2_MISSING_FIELD, field, "'" + text + "': expected a count");
        }
        return Integer.parseInt(text);
    }

    static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(String text, int start) {
        return (text.charAt(start) - '0') * 10 + text.charAt(start + 1) - '0';
    }

    private static RecordException badAmount(String text, String field) {
        return new RecordException(Bai2ErrorCode.BAI2_BAD_AMOUNT, field, "'" + text
                + "': expected a whole number of the currency's smallest unit (implied decimals)");
    }

    private static RecordException badDate(String text, String field, String expected) {
        return new RecordException(Bai2ErrorCode.BAI2_BAD_DATE, field, "'" + text + "': expected " + expected);
    }
}
