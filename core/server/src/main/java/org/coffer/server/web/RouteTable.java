package org.coffer.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Registers every route with the access it needs: the guard checks the request before the route's handler runs.
 * Routes are registered only through here, and a test walks every route the server answers to prove it.
 */
final class RouteTable {

    private final RoutesConfig routes;
    private final AccessGuard guard;

    RouteTable(RoutesConfig routes, AccessGuard guard) {
        this.routes = routes;
        this.guard = guard;
    }

    void get(String path, Access rule, Handler handler) {
        routes.get(path, guarded(rule, handler));
    }

    void post(String path, Access rule, Handler handler) {
        routes.post(path, guarded(rule, handler));
    }

    private Handler guarded(Access rule, Handler handler) {
        return ctx -> {
            guard.check(ctx, rule);
            handler.handle(ctx);
        };
    }
}
