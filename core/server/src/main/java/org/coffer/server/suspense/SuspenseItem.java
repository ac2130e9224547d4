package org.coffer.server.suspense;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A receipt that is or was in suspense, with what is still open on the suspense fund.
 *
 * @param ageDays days from the value date to today
 * @param openPence what the receipt's postings leave on the suspense fund; 0 once cleared
 * @param lockedBy who is working it now, or empty
 * @param lockedUntil when their lock lapses, or {@code null} when nobody holds it
 * @param returnReason why it is marked for return to the payer, or empty when it is not
 */
public record SuspenseItem(long receiptId, LocalDate valueDate, long ageDays, long receiptPence, long openPence,
        String currency, String bankAccount, String reference, String narrative, String counterparty,
        String lockedBy, Instant lockedUntil, String returnReason) {

    public SuspenseItem {
        requireNonNull(valueDate, "valueDate is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(lockedBy, "lockedBy is null");
        requireNonNull(returnReason, "returnReason is null");
    }

    public AgeBand band() {
        return AgeBand.of(ageDays);
    }

    public boolean open() {
        return openPence != 0;
    }

    public boolean markedForReturn() {
        return !returnReason.isEmpty();
    }
}
