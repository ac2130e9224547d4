package org.coffer.server.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.coffer.server.Coffer;
import org.coffer.server.allocation.ReferenceCheck;
import org.coffer.server.users.Role;

/** An officer checks a reference against a fund, as the matcher would judge it. */
final class ReferenceRoutes {

    private final Coffer coffer;
    private final Pages pages;

    ReferenceRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        routes.get("/reference", Access.atLeast(Role.VIEWER), this::check);
    }

    private void check(Context ctx) {
        String fund = Optional.ofNullable(ctx.queryParam("fund")).orElse("");
        String reference = Optional.ofNullable(ctx.queryParam("reference")).orElse("");
        Optional<ReferenceCheck> check = fund.isBlank() || reference.isBlank() ? Optional.empty()
                : Optional.of(ReferenceCheck.of(coffer.council(), fund.strip(), reference));
        ctx.html(pages.render(ctx, "reference", ReferencePage.of(coffer.council(), fund, reference, check)));
    }
}
