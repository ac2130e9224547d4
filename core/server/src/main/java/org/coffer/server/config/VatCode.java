package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A VAT code a fund's income carries, with its rate and the finance system's VAT control code.
 *
 * @param code the code funds.csv names, such as {@code SR}
 * @param rateBasisPoints the rate in hundredths of a percent: 2000 for 20%, 0 for exempt or outside the scope
 * @param ledgerCode the VAT control code the VAT part is posted to; empty only when the rate is 0
 */
public record VatCode(String code, int rateBasisPoints, String ledgerCode) {

    public VatCode {
        requireNonNull(code, "code is null");
        requireNonNull(ledgerCode, "ledgerCode is null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("the code column is empty");
        }
        if (rateBasisPoints < 0 || rateBasisPoints >= 10_000) {
            throw new IllegalArgumentException("VAT code " + code + ": the rate must be from 0 to 99.99 percent");
        }
        if (rateBasisPoints > 0 && ledgerCode.isBlank()) {
            throw new IllegalArgumentException("VAT code " + code + " has a rate but no ledger_code for its VAT");
        }
    }

    /** Reads a rate in percent as written, such as {@code 20} or {@code 17.5}; at most two decimal places. */
    static int basisPoints(String percent) {
        try {
            return new BigDecimal(percent.strip()).movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("rate '" + percent + "' is not a percentage such as 20 or 17.5");
        }
    }
}
