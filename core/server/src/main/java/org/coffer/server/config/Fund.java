package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An income fund: where allocated money is posted, and how the finance system knows it. A fund with no reference
 * rules takes nothing automatically; a disabled fund takes nothing at all.
 *
 * @param code the short, stable code postings carry, such as {@code CTAX}
 * @param name the name people see
 * @param ledgerCode the finance system's code for the fund's income
 * @param costCentre the finance system's cost centre, or empty
 * @param dimensions further ledger dimensions the finance system wants, by name, in the order written
 * @param vatCode the VAT code of the fund's income, or empty
 * @param maximumPence the largest single payment the fund takes automatically, if limited
 * @param enabled whether the fund takes payments
 * @param referenceRules the formats of the fund's references; a reference keeping any one of them is the fund's
 * @param creditNotes whether an officer clearing suspense may put a credit note (a negative line) on the fund
 */
public record Fund(String code, String name, String ledgerCode, String costCentre, Map<String, String> dimensions,
        String vatCode, OptionalLong maximumPence, boolean enabled, List<ReferenceRule> referenceRules,
        boolean creditNotes) {

    /** The code of the fund that holds what could not be matched. Suspense is a fund like any other. */
    public static final String SUSPENSE = "SUSP";

    public Fund {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(ledgerCode, "ledgerCode is null");
        requireNonNull(costCentre, "costCentre is null");
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        requireNonNull(vatCode, "vatCode is null");
        requireNonNull(maximumPence, "maximumPence is null");
        referenceRules = List.copyOf(referenceRules);
        if (!code.matches("[A-Z0-9]{1,10}")) {
            throw new IllegalArgumentException("fund code must be 1 to 10 capital letters or digits, was '" + code + "'");
        }
        if (maximumPence.isPresent() && maximumPence.getAsLong() <= 0) {
            throw new IllegalArgumentException("maximum amount must be more than nothing, was " + maximumPence
                    .getAsLong() + "p");
        }
    }

    /** A fund with a code and name only, such as the suspense fund of a council with nothing configured. */
    public static Fund named(String code, String name) {
        return new Fund(code, name, "", "", Map.of(), "", OptionalLong.empty(), true, List.of(), false);
    }

    public boolean isSuspense() {
        return SUSPENSE.equals(code);
    }

    /** A reference as the rules see it: without surrounding spaces, in capitals. */
    public static String normalise(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    /** The first rule the (normalised) reference keeps, or empty when it keeps none. */
    public Optional<ReferenceRule> ruleAccepting(String reference) {
        for (ReferenceRule rule : referenceRules) {
            if (rule.accepts(reference)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
