package org.coffer.server.reconciliation;

import java.time.LocalDate;

/**
 * A settlement line on a bank statement matched to no detail: money arrived without its itemisation.
 *
 * @param settler the settler whose line it is by {@code settlers.csv}, or empty when none recognises it
 * @param ageDays days from its value date to today
 */
public record UndetailedLine(long receiptId, String settler, String bankAccount, LocalDate valueDate, long pence,
        String reference, long ageDays) {
}
