package org.coffer.plugins.mt940;

import java.time.LocalDate;
import org.coffer.plugin.api.Money;

/**
 * A balance field ({@code :60F:}, {@code :60M:}, {@code :62F:}, {@code :62M:}) such as {@code C090623EUR17369,99}:
 * a credit or debit mark, a date, a currency and an amount. A debit balance is overdrawn, so its amount is negative.
 */
record Balance(LocalDate date, Money amount) {

    /** Mark, date and currency come before the amount. */
    private static final int AMOUNT_START = 10;

    static Balance parse(String tag, String value) throws FieldException {
        String text = value.strip();
        String markField = ":" + tag + ": mark";
        if (text.isEmpty()) {
            throw new FieldException(Mt940ErrorCode.MT940_BAD_MARK, markField, "nothing found: expected C or D");
        }
        char mark = text.charAt(0);
        if (mark != 'C' && mark != 'D') {
            throw new FieldException(Mt940ErrorCode.MT940_BAD_MARK, markField, "'" + mark + "': expected C or D");
        }
        LocalDate date = SwiftDates.yymmdd(text, 1, ":" + tag + ": date");
        String currency = currency(text, tag);
        int decimals = SwiftAmount.decimalsOf(currency, ":" + tag + ": currency");
        long pence = SwiftAmount.minorUnits(text, AMOUNT_START, text.length(), decimals, currency,
                ":" + tag + ": amount");
        return new Balance(date, Money.of(mark == 'D' ? -pence : pence, currency));
    }

    String currency() {
        return amount.currency();
    }

    private static String currency(String text, String tag) throws FieldException {
        if (text.length() < AMOUNT_START || !isLetters(text, 7, AMOUNT_START)) {
            throw new FieldException(Mt940ErrorCode.MT940_BAD_CURRENCY, ":" + tag + ": currency",
                    "'" + text.substring(7) + "': expected a three-letter currency code");
        }
        return text.substring(7, AMOUNT_START);
    }

    private static boolean isLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
