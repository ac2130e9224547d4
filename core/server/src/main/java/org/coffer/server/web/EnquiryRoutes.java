package org.coffer.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.enquiry.EnquiryQueries;
import org.coffer.server.enquiry.FoundPayment;
import org.coffer.server.enquiry.PaymentHistory;
import org.coffer.server.enquiry.PaymentSearch;
import org.coffer.server.users.Role;

/** Payment enquiries ("I paid, where is it?"): search by what the payer remembers, then open a payment's story. */
final class EnquiryRoutes {

    private final Coffer coffer;
    private final Pages pages;
    private final EnquiryQueries queries;

    EnquiryRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
        this.queries = new EnquiryQueries(coffer.database());
    }

    void register(RouteTable routes) {
        Access anyone = Access.atLeast(Role.VIEWER);
        routes.get("/enquiry", anyone, this::searchPage);
        routes.get("/enquiry/{id}", anyone, ctx -> ctx.html(pages.render(ctx, "payment",
                PaymentPage.of(history(ctx), coffer.clock().getZone(), coffer.council().channels()))));
        routes.get("/api/payments", anyone, ctx -> ctx.json(found(ctx, true)));
        routes.get("/api/payments/{id}", anyone, ctx -> ctx.json(history(ctx)));
    }

    private void searchPage(Context ctx) {
        PaymentSearch search = EnquiryParameters.search(ctx);
        List<FoundPayment> found = search.isEmpty() ? List.of() : found(ctx, false);
        ctx.html(pages.render(ctx, "enquiry", EnquiryPage.of(ctx, search.isEmpty(), found, coffer.council().channels())));
    }

    private List<FoundPayment> found(Context ctx, boolean requireCriteria) {
        PaymentSearch search = EnquiryParameters.search(ctx);
        if (search.isEmpty() && requireCriteria) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "say something about the payment: a "
                    + "reference, name, amount, dates or bank account");
        }
        return queries.search(search, AccessGuard.principal(ctx).funds());
    }

    private PaymentHistory history(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new CofferException(WebErrorCode.WEB_NOT_FOUND, "there is no payment " + ctx.pathParam("id"));
        }
        return queries.history(id, AccessGuard.principal(ctx).funds()).orElseThrow(() -> new CofferException(
                WebErrorCode.WEB_NOT_FOUND, "there is no payment " + id + " that you may see"));
    }
}
