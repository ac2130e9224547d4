package org.coffer.plugin.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of money: a whole number of minor units (pence for GBP) and an ISO 4217 currency code.
 * Every currency is held to two decimal places, as bank files write them; never use floating point for money.
 */
public record Money(long pence, String currency) implements Comparable<Money> {

    public static final String GBP = "GBP";

    public Money {
        requireNonNull(currency, "currency is null");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code, was '" + currency + "'");
        }
    }

    /** Three capital letters; checked by hand because a money object is made for every line of every file. */
    private static boolean isCurrencyCode(String text) {
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    public static Money of(long pence, String currency) {
        return new Money(pence, currency);
    }

    public static Money gbp(long pence) {
        return new Money(pence, GBP);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * Reads a plain decimal amount such as {@code 1234.5}, {@code -0.07} or {@code 12}. At most two decimal
     * places are accepted: an amount with more cannot be held exactly and is refused rather than rounded.
     */
    public static Money parse(String decimal, String currency) {
        requireNonNull(decimal, "decimal is null");
        BigDecimal value;
        try {
            value = new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + decimal + "' is not a decimal amount");
        }
        return ofDecimal(value, currency);
    }

    public static Money ofDecimal(BigDecimal value, String currency) {
        requireNonNull(value, "value is null");
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("'" + value.toPlainString() + "' has more than two decimal places");
        }
        try {
            return new Money(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + value.toPlainString() + "' is too large an amount");
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(pence, other.pence), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(pence, other.pence), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(pence), currency);
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(pence, 2);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(pence, other.pence);
    }

    /** The amount as {@code GBP 1234.56}: unambiguous in logs and messages, whatever the default locale. */
    @Override
    public String toString() {
        return currency + " " + toDecimal().toPlainString();
    }

    private void requireSameCurrency(Money other) {
        requireNonNull(other, "other is null");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other + ": currencies differ");
        }
    }
}
