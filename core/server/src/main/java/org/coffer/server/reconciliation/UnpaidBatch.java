package org.coffer.server.reconciliation;

import java.time.LocalDate;

/**
 * A detail batch no settlement pays yet: payments the council has not been paid for.
 *
 * @param netPence the batch's total as its file gives it, fee lines included
 * @param expectedPence what the settlement should be: the net less the settler's fee rule
 * @param ageDays days from the batch's last day to today
 */
public record UnpaidBatch(long statementId, String settler, String fileName, LocalDate lastDay, long payments,
        long netPence, long expectedPence, long ageDays) {
}
