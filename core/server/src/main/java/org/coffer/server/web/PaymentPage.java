package org.coffer.server.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.coffer.server.config.Channels;
import org.coffer.server.enquiry.FoundPayment;
import org.coffer.server.enquiry.PaymentHistory;
import org.coffer.server.text.Amounts;

/** One payment's story: the line as the bank or provider gave it, its source, and every posting since. */
public record PaymentPage(long id, String date, String amount, String channel, String account, String reference,
        String payer, String narrative, String kind, String source, String imported, List<Row> postings) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** One posting, in the order made. */
    public record Row(long id, String fund, String accountReference, String amount, String period, String made,
            String reason, String reverses) {
    }

    static PaymentPage of(PaymentHistory history, ZoneId zone, Channels channels) {
        FoundPayment p = history.payment();
        return new PaymentPage(p.receiptId(), p.valueDate().toString(), Amounts.format(p.amountPence(), p.currency()),
                channels.name(p.channel()), p.bankAccount(), p.reference(), p.counterparty(), p.narrative(),
                Labels.of(history.kind()), history.source() + " (import " + p.importId() + ")",
                WHEN.format(history.importedAt().atZone(zone)) + " by " + history.importedBy(),
                history.postings().stream().map(posting -> new Row(posting.id(), posting.fund(),
                        posting.accountReference(), Amounts.format(posting.amountPence(), p.currency()),
                        posting.period(), WHEN.format(posting.madeAt().atZone(zone)) + " by " + posting.madeBy(),
                        posting.reason(), posting.reverses() == null ? "" : "Reverses posting " + posting.reverses()))
                        .toList());
    }
}
