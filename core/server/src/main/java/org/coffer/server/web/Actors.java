package org.coffer.server.web;

import io.javalin.http.Context;

/** Who is acting, for the audit log. Until people sign in, a browser or API caller is known by its address. */
final class Actors {

    private Actors() {
    }

    static String of(Context ctx) {
        return "web:" + ctx.ip();
    }
}
