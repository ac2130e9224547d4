package org.coffer.server.enquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A payment's whole story: the line as its file gave it, where in the file, and every posting made since. */
public record PaymentHistory(FoundPayment payment, String kind, String source, String transactionCode,
        String bankReference, String importedBy, Instant importedAt, List<Posting> postings) {

    public PaymentHistory {
        postings = List.copyOf(postings);
    }

    /** One posting of the payment, in the order made; a reversal names the posting it undoes. */
    public record Posting(long id, String fund, String accountReference, long amountPence, LocalDate effectiveDate,
            String period, String madeBy, Instant madeAt, String reason, Long reverses) {
    }
}
