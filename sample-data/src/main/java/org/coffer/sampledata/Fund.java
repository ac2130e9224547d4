package org.coffer.sampledata;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fund the council allocates income to, as {@code funds.csv} lists it.
 *
 * @param code the fund's code, such as {@code CTAX}
 * @param name its name
 * @param referencePattern a regular expression that a whole cleaned reference matches (see {@link #clean}), empty
 *     for a fund nothing is matched to, such as suspense
 * @param ledgerCode the code the fund posts to in the council's ledger
 */
public record Fund(String code, String name, String referencePattern, String ledgerCode) {

    public Fund {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(referencePattern, "referencePattern is null");
        requireNonNull(ledgerCode, "ledgerCode is null");
        Pattern.compile(referencePattern);
    }

    /** A reference as the pattern sees it: upper case, with spaces and punctuation removed. */
    public static String clean(String reference) {
        return reference.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Whether this fund's pattern matches the whole of the cleaned reference. */
    public boolean matches(String reference) {
        return !referencePattern.isEmpty() && clean(reference).matches(referencePattern);
    }
}
