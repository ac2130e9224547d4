package org.coffer.server.enquiry;

import java.time.LocalDate;

/**
 * A receipt that matches an enquiry, with where it came from and where its money is now.
 *
 * @param funds the funds its postings leave money on, such as {@code CTAX} or {@code SUSP}; empty when nothing is
 *     posted (a settlement or bank charge)
 */
public record FoundPayment(long receiptId, LocalDate valueDate, long amountPence, String currency, String channel,
        String bankAccount, String reference, String counterparty, String narrative, String fileName, long importId,
        String funds) {
}
