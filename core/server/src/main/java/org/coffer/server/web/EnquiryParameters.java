package org.coffer.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.coffer.plugin.api.Money;
import org.coffer.server.CofferException;
import org.coffer.server.enquiry.PaymentSearch;

/** Reads a payment enquiry from the query: reference, name, amount in pounds, dates and bank account. */
final class EnquiryParameters {

    private EnquiryParameters() {
    }

    static PaymentSearch search(Context ctx) {
        LocalDate from = DateParameters.optional(ctx, "from");
        LocalDate to = DateParameters.optional(ctx, "to");
        return new PaymentSearch(ctx.queryParam("reference"), ctx.queryParam("name"), amount(ctx),
                Optional.ofNullable(from), Optional.ofNullable(to), ctx.queryParam("account"),
                PaymentSearch.DEFAULT_LIMIT);
    }

    /** {@code 12.34}, {@code £1,234.50} or {@code 80}: pounds as people write them. */
    private static OptionalLong amount(Context ctx) {
        String text = ctx.queryParam("amount");
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Math.abs(Money.parse(text.strip().replace("£", "").replace(",", ""), "GBP")
                    .pence()));
        } catch (IllegalArgumentException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER,
                    "'amount' must be an amount in pounds such as 12.34; it was '" + text + "'");
        }
    }
}
