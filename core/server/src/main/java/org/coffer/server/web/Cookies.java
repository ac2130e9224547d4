package org.coffer.server.web;

import io.javalin.http.Context;

/**
 * The session cookie and the login form's cookie: never readable by scripts, never sent by other sites, and only
 * over TLS when the server is reached over TLS (directly or through a proxy that says so).
 */
final class Cookies {

    static final String SESSION = "coffer_session";
    static final String LOGIN = "coffer_login";

    private Cookies() {
    }

    static void set(Context ctx, String name, String value, int maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Strict; Max-Age=").append(maxAgeSeconds);
        if (overTls(ctx)) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    static void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }

    private static boolean overTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
