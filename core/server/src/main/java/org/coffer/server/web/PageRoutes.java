package org.coffer.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.coffer.server.Coffer;
import org.coffer.server.income.AllocationRate;
import org.coffer.server.reconciliation.Leftovers;
import org.coffer.server.suspense.SuspenseFigures;
import org.coffer.server.users.Principal;
import org.coffer.server.users.Role;

/** The pages people use: the dashboard, the import history and the form to choose a file to import. */
final class PageRoutes {

    private static final int HISTORY_LIMIT = 200;

    private final Coffer coffer;
    private final Pages pages;

    PageRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        routes.get("/", Access.atLeast(Role.VIEWER), this::dashboard);
        routes.get("/imports", Access.atLeastOverEveryFund(Role.VIEWER), ctx -> ctx.html(pages.render(ctx, "imports",
                ImportsPage.of(coffer.imports().history(HISTORY_LIMIT), coffer.clock().getZone()))));
        routes.get("/imports/new", Access.atLeastOverEveryFund(Role.INCOME_OFFICER),
                ctx -> ctx.html(pages.render(ctx, "upload", UploadPage.empty(coffer.formatIds()))));
    }

    private void dashboard(Context ctx) {
        var range = DateParameters.range(ctx, Defaults.range(coffer));
        Principal principal = AccessGuard.principal(ctx);
        var summary = coffer.income().summary(range.from(), range.to()).onlyFunds(principal.funds());
        Optional<AllocationRate> rate = principal.restricted() ? Optional.empty()
                : Optional.of(coffer.income().allocationRate(range.from(), range.to()));
        var suspense = principal.restricted() ? Optional.<List<SuspenseFigures.BandFigure>>empty()
                : Optional.of(coffer.suspenseFigures().openByAge());
        var leftovers = principal.restricted() ? Optional.<Leftovers>empty()
                : Optional.of(coffer.reconciliation().leftovers(1));
        ctx.html(pages.render(ctx, "dashboard", DashboardPage.of(summary, rate, suspense, leftovers,
                coffer.council().channels())));
    }
}
