package org.coffer.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.coffer.server.config.Channels;
import org.coffer.server.enquiry.FoundPayment;
import org.coffer.server.text.Amounts;

/** The payment enquiry form as filled in, and the payments found. */
public record EnquiryPage(String reference, String name, String amount, String from, String to, String account,
        boolean asked, List<Row> rows) {

    /** One payment found, as the results table shows it. */
    public record Row(long id, String date, String amount, String channel, String account, String reference,
            String payer, String funds, String file) {
    }

    static EnquiryPage of(Context ctx, boolean empty, List<FoundPayment> found, Channels channels) {
        return new EnquiryPage(text(ctx, "reference"), text(ctx, "name"), text(ctx, "amount"), text(ctx, "from"),
                text(ctx, "to"), text(ctx, "account"), !empty, found.stream().map(p -> new Row(p.receiptId(),
                        p.valueDate().toString(), Amounts.format(p.amountPence(), p.currency()), channels.name(p.channel()),
                        p.bankAccount(), p.reference(), p.counterparty().isEmpty() ? p.narrative() : p.counterparty(),
                        p.funds().isEmpty() ? "Not income" : p.funds(), p.fileName())).toList());
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value;
    }
}
