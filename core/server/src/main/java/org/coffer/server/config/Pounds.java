package org.coffer.server.config;

import java.math.BigDecimal;

/** Amounts as councils write them in their configuration: pounds with up to two decimal places, such as 1500.00. */
final class Pounds {

    private Pounds() {
    }

    static long toPence(String pounds, String column) {
        try {
            return new BigDecimal(pounds).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + pounds + "' is not pounds with at most two decimal "
                    + "places, such as 1500.00");
        }
    }
}
