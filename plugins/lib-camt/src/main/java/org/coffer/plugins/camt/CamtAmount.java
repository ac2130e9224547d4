package org.coffer.plugins.camt;

import org.coffer.plugin.api.Money;
import org.coffer.plugins.camt.InvalidFieldException.Fault;

/** An amount as camt writes it: an unsigned decimal in the text and the currency in the {@code Ccy} attribute. */
public final class CamtAmount {

    private CamtAmount() {
    }

    /** The amount, never negative: camt gives the direction in a separate {@code CdtDbtInd}. */
    public static Money parse(String field, String text, String currency) throws InvalidFieldException {
        if (text == null) {
            throw InvalidFieldException.missing(field);
        }
        if (currency == null || currency.isBlank()) {
            throw new InvalidFieldException(field, Fault.MISSING_FIELD,
                    "<" + field + "> has no Ccy attribute");
        }
        Money money;
        try {
            money = Money.parse(text, currency.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, Fault.BAD_VALUE,
                    "'" + text + "' with currency '" + currency + "' is not an amount: " + e.getMessage());
        }
        if (money.isNegative()) {
            throw new InvalidFieldException(field, Fault.BAD_VALUE,
                    "'" + text + "' is negative; camt amounts are unsigned and CdtDbtInd gives the direction");
        }
        return money;
    }

    /** A count such as {@code NbOfNtries}. */
    public static long parseCount(String field, String text) throws InvalidFieldException {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidFieldException(field, Fault.BAD_VALUE,
                    "'" + text + "' is not a count of up to 15 digits");
        }
        return Long.parseLong(digits);
    }
}
