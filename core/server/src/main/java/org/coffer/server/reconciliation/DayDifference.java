package org.coffer.server.reconciliation;

/**
 * A line of a day's statement that the reconciliation lists: a settlement not matched to detail, or a payment whose
 * postings do not add up to it.
 *
 * @param what what is wrong, in words
 */
public record DayDifference(long receiptId, String kind, long amountPence, long postedPence, String reference,
        String what) {
}
