package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.coffer.plugin.api.PluginApi;
import org.coffer.server.Coffer;
import org.coffer.server.users.Role;

/** The JSON API. Every answer is JSON, errors included ({@code {code, message, details}}). */
final class ApiRoutes {

    private static final int HISTORY_LIMIT = 500;

    private final Coffer coffer;

    ApiRoutes(Coffer coffer) {
        this.coffer = coffer;
    }

    void register(RouteTable routes) {
        routes.get("/api/health", Access.PUBLIC,
                ctx -> ctx.json(Map.of("status", "ok", "pluginApi", PluginApi.version())));
        routes.get("/api/plugins", Access.atLeast(Role.VIEWER), ctx -> ctx.json(coffer.plugins().report()));
        routes.get("/api/imports", Access.atLeastOverEveryFund(Role.VIEWER),
                ctx -> ctx.json(coffer.imports().history(HISTORY_LIMIT)));
        routes.post("/api/imports", Access.atLeastOverEveryFund(Role.INCOME_OFFICER), this::importUpload);
        routes.get("/api/summary", Access.atLeast(Role.VIEWER), this::summary);
    }

    private void importUpload(Context ctx) {
        ctx.status(HttpStatus.CREATED).json(Uploads.importUpload(ctx, coffer.imports()));
    }

    private void summary(Context ctx) {
        var range = DateParameters.range(ctx, Defaults.range(coffer));
        ctx.json(SummaryView.of(coffer.income().summary(range.from(), range.to())
                .onlyFunds(AccessGuard.principal(ctx).funds())));
    }
}
