package org.coffer.server.allocation;

import static java.util.Objects.requireNonNull;

/**
 * Where a payment goes and why.
 *
 * @param fundCode the fund to post to; the suspense fund when nothing matched
 * @param accountReference the clean reference of the payer's account, or empty
 * @param reason what matched, or why nothing did, in words an income officer reads in the payment's history
 */
public record Allocation(String fundCode, String accountReference, String reason) {

    public Allocation {
        requireNonNull(fundCode, "fundCode is null");
        requireNonNull(accountReference, "accountReference is null");
        requireNonNull(reason, "reason is null");
    }
}
