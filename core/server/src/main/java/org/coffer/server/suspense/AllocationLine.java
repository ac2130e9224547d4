package org.coffer.server.suspense;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One line of an allocation: money put on a fund and account. A line whose sign is against the item's is a credit
 * note.
 *
 * @param fundCode the fund, such as {@code CTAX}
 * @param accountReference the account on the fund, as the officer wrote it
 * @param pence the amount, in the item's currency
 */
public record AllocationLine(String fundCode, String accountReference, long pence) {

    public AllocationLine {
        requireNonNull(fundCode, "fundCode is null");
        requireNonNull(accountReference, "accountReference is null");
        fundCode = fundCode.strip().toUpperCase(Locale.ROOT);
        accountReference = accountReference.strip();
    }
}
