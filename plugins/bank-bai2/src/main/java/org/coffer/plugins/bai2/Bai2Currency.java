package org.coffer.plugins.bai2;

import java.util.Currency;
import java.util.Locale;

/**
 * An account's currency and how its implied-decimal amounts become minor units held to two places: 2 for pounds
 * and dollars, 0 for yen (each yen is then 100 units).
 */
record Bai2Currency(String code, long scale) {

    /** What BAI2 assumes when neither the account nor its group names a currency. */
    static final String DEFAULT = "USD";

    static Bai2Currency of(String code, String field) throws RecordException {
        Currency currency;
        try {
            currency = code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))
                    ? Currency.getInstance(code) : null;
        } catch (IllegalArgumentException e) {
            currency = null;
        }
        if (currency == null) {
            throw new RecordException(Bai2ErrorCode.BAI2_BAD_CURRENCY, field, "'" + code
                    + "': expected an ISO 4217 currency code such as GBP");
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (digits > 2) {
            throw new RecordException(Bai2ErrorCode.BAI2_BAD_CURRENCY, field, "'" + code + "' has " + digits
                    + " decimal places: amounts are held to two");
        }
        return new Bai2Currency(code, digits == 2 ? 1 : digits == 1 ? 10 : 100);
    }

    /** An amount as written, in minor units held to two decimal places. */
    long minorUnits(long written, String field) throws RecordException {
        try {
            return Math.multiplyExact(written, scale);
        } catch (ArithmeticException e) {
            throw new RecordException(Bai2ErrorCode.BAI2_BAD_AMOUNT, field, "'" + written + "' " + code
                    + " is too large an amount");
        }
    }
}
