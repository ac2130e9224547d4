package org.coffer.plugins.mt940;

import java.util.Currency;

/**
 * Reads SWIFT amounts, which use a comma for the decimal mark and may leave out either side of it ({@code 1234,56},
 * {@code 12,}, {@code ,5}). Parsed digit by digit into minor units, so the result is exact.
 */
final class SwiftAmount {

    /** SWIFT amounts are at most 15 characters, comma included, which keeps any value well inside a long. */
    private static final int MAX_LENGTH = 15;

    /** Coffer holds every currency to two decimal places. */
    private static final int HELD_DECIMALS = 2;

    private SwiftAmount() {
    }

    /** How many decimals an amount in the currency may have, or an error when the code is no ISO 4217 currency. */
    static int decimalsOf(String currency, String field) throws FieldException {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            throw new FieldException(Mt940ErrorCode.MT940_BAD_CURRENCY, field,
                    "'" + currency + "': expected an ISO 4217 currency code");
        }
        return digits < 0 ? HELD_DECIMALS : Math.min(digits, HELD_DECIMALS);
    }

    /** The amount in {@code text[start, end)} in hundredths of the currency unit. */
    static long minorUnits(String text, int start, int end, int decimals, String currency, String field)
            throws FieldException {
        long whole = 0;
        int fraction = 0;
        int fractionDigits = 0;
        int digits = 0;
        int comma = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (comma < 0) {
                    whole = whole * 10 + (c - '0');
                } else {
                    fractionDigits++;
                    fraction = fractionDigits <= HELD_DECIMALS ? fraction * 10 + (c - '0') : fraction;
                }
            } else if (c == ',' && comma < 0) {
                comma = i;
            } else {
                throw notAnAmount(text, start, end, field);
            }
        }
        if (comma < 0 || digits == 0 || end - start > MAX_LENGTH) {
            throw notAnAmount(text, start, end, field);
        }
        if (fractionDigits > decimals) {
            throw new FieldException(Mt940ErrorCode.MT940_BAD_AMOUNT, field, "'" + text.substring(start, end)
                    + "': expected at most " + decimals + " decimals for " + currency);
        }
        for (int i = fractionDigits; i < HELD_DECIMALS; i++) {
            fraction *= 10;
        }
        return whole * 100 + fraction;
    }

    private static FieldException notAnAmount(String text, int start, int end, String field) {
        return new FieldException(Mt940ErrorCode.MT940_BAD_AMOUNT, field,
                "'" + text.substring(start, end) + "': expected digits with a comma decimal");
    }
}
