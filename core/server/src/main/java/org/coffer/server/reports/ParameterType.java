package org.coffer.server.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a report parameter holds, and so how its text is read and checked. */
public enum ParameterType {
    /** A day, {@code 2025-04-30}, or a relative default such as {@code today}. */
    DATE,
    /** A month of the financial year, {@code 2025-06}; binds the month, its quarter and year, and last year's. */
    PERIOD,
    /** One of the council's fund codes, or {@code all}. */
    FUND,
    /** A payment channel such as {@code DIRECT_DEBIT}, or {@code all}. */
    CHANNEL,
    /** One of the council's bank account codes, or {@code all}. */
    BANK_ACCOUNT,
    /** Free text matched exactly, such as a person's name in the audit log, or {@code all}. */
    TEXT,
    /** A share from 0 to 100, {@code 25} or {@code 25%}; binds the fraction, 0.25. */
    PERCENT;

    /** The spelling definitions use: {@code bank-account}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ParameterType> bySpelling(String text) {
        return Arrays.stream(values()).filter(type -> type.spelling().equals(text)).findFirst();
    }
}
