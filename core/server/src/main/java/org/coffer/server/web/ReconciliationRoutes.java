package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.income.DateRange;
import org.coffer.server.reconciliation.DailyReconciliation;
import org.coffer.server.users.Role;

/**
 * Bank reconciliation over HTTP: what is left over and the daily reconciliation, for anyone who may see every fund;
 * running the matcher, confirming a proposal, matching by hand and undoing a match, for income officers and above.
 * The page posts forms and comes back to itself; the API answers JSON.
 */
final class ReconciliationRoutes {

    static final int LIST_LIMIT = 200;
    private static final int DAILY_DAYS = 31;

    private final Coffer coffer;
    private final Pages pages;
    private final DailyReconciliation daily;

    ReconciliationRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
        this.daily = new DailyReconciliation(coffer.database());
    }

    void register(RouteTable routes) {
        Access viewers = Access.atLeastOverEveryFund(Role.VIEWER);
        Access officers = Access.atLeastOverEveryFund(Role.INCOME_OFFICER);
        routes.get("/api/reconciliation", viewers, ctx -> ctx.json(coffer.reconciliation().leftovers(LIST_LIMIT)));
        routes.get("/api/reconciliation/matches", viewers,
                ctx -> ctx.json(coffer.reconciliation().matches(LIST_LIMIT)));
        routes.get("/api/reconciliation/daily", viewers, ctx -> ctx.json(daily.days(account(ctx), range(ctx).from(),
                range(ctx).to())));
        routes.get("/api/reconciliation/daily/{statement}", viewers,
                ctx -> ctx.json(daily.differences(id(ctx.pathParam("statement")))));
        routes.post("/api/reconciliation/run", officers,
                ctx -> ctx.json(coffer.reconciliation().runNow(AccessGuard.principal(ctx).actor())));
        routes.post("/api/reconciliation/matches", officers, ctx -> ctx.status(HttpStatus.CREATED)
                .json(Map.of("id", matchByHand(ctx))));
        routes.post("/api/reconciliation/matches/{id}/confirm", officers,
                ctx -> ctx.status(HttpStatus.CREATED).json(Map.of("id", confirm(ctx, id(ctx.pathParam("id"))))));
        routes.post("/api/reconciliation/matches/{id}/undo", officers,
                ctx -> ctx.status(HttpStatus.CREATED).json(Map.of("id", undo(ctx, id(ctx.pathParam("id"))))));

        routes.get("/reconciliation", viewers, this::page);
        routes.post("/reconciliation/run", officers, ctx -> {
            coffer.reconciliation().runNow(AccessGuard.principal(ctx).actor());
            ctx.redirect("/reconciliation?done=run", HttpStatus.SEE_OTHER);
        });
        routes.post("/reconciliation/match", officers,
                ctx -> ctx.redirect("/reconciliation?done=matched&match=" + matchByHand(ctx), HttpStatus.SEE_OTHER));
        routes.post("/reconciliation/confirm", officers, ctx -> ctx.redirect("/reconciliation?done=confirmed&match="
                + confirm(ctx, id(ctx.formParam("match"))), HttpStatus.SEE_OTHER));
        routes.post("/reconciliation/undo", officers, ctx -> ctx.redirect("/reconciliation?done=undone&match="
                + undo(ctx, id(ctx.formParam("match"))), HttpStatus.SEE_OTHER));
    }

    private void page(Context ctx) {
        String account = account(ctx);
        DateRange range = range(ctx);
        boolean mayAct = AccessGuard.principal(ctx).role().includes(Role.INCOME_OFFICER);
        ctx.html(pages.render(ctx, "reconciliation", ReconciliationPage.of(coffer.reconciliation().leftovers(LIST_LIMIT),
                coffer.reconciliation().matches(LIST_LIMIT), daily.days(account, range.from(), range.to()),
                coffer.council().bankAccounts().stream().map(a -> a.code()).toList(), account, mayAct,
                ReconciliationPage.notice(ctx.queryParam("done"), ctx.queryParam("match")))));
    }

    private long matchByHand(Context ctx) {
        return coffer.reconciliation().matchByHand(ids(ctx.formParams("receipt"), "receipt"),
                ids(ctx.formParams("batch"), "batch"), ctx.formParam("reason"), AccessGuard.principal(ctx).actor());
    }

    private long confirm(Context ctx, long id) {
        return coffer.reconciliation().confirm(id, ctx.formParam("reason"), AccessGuard.principal(ctx).actor());
    }

    private long undo(Context ctx, long id) {
        return coffer.reconciliation().undo(id, ctx.formParam("reason"), AccessGuard.principal(ctx).actor());
    }

    /** The bank account asked for, else the council's first. */
    private String account(Context ctx) {
        String asked = ctx.queryParam("account");
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        return coffer.council().bankAccounts().isEmpty() ? "" : coffer.council().bankAccounts().get(0).code();
    }

    /** The days asked for, else the last month of the account's statements. */
    private DateRange range(Context ctx) {
        LocalDate last = daily.lastDay(account(ctx)).orElse(LocalDate.now(coffer.clock()));
        return DateParameters.range(ctx, new DateRange(last.minusDays(DAILY_DAYS - 1), last));
    }

    private static List<Long> ids(List<String> values, String name) {
        return values.stream().map(value -> id(value, name)).toList();
    }

    private static long id(String value) {
        return id(value, "id");
    }

    private static long id(String value, String name) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "'" + name + "' must be a whole number, such as "
                    + "42; it was '" + value + "'");
        }
    }
}
