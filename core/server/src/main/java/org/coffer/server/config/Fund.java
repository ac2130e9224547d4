package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An income fund: where allocated money is posted. A fund with no reference pattern takes nothing automatically.
 *
 * @param code the short, stable code postings carry, such as {@code CTAX}
 * @param name the name people see
 * @param referencePattern a pattern a clean reference of this fund matches in full
 * @param ledgerCode the finance system's code for the fund's income
 */
public record Fund(String code, String name, Optional<Pattern> referencePattern, String ledgerCode) {

    /** The code of the fund that holds what could not be matched. Suspense is a fund like any other. */
    public static final String SUSPENSE = "SUSP";

    public Fund {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(referencePattern, "referencePattern is null");
        requireNonNull(ledgerCode, "ledgerCode is null");
        if (!code.matches("[A-Z0-9]{1,10}")) {
            throw new IllegalArgumentException("fund code must be 1 to 10 capital letters or digits, was '" + code + "'");
        }
    }

    public boolean isSuspense() {
        return SUSPENSE.equals(code);
    }
}
