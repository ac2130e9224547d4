package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.coffer.server.users.LoginResult;
import org.coffer.server.users.Role;
import org.coffer.server.users.Users;

/**
 * Signing in and out. The sign-in form carries a token that must match a cookie set with it, so another site cannot
 * sign a browser in to an account of its choosing; a session then replaces it.
 */
final class LoginRoutes {

    private static final int LOGIN_FORM_SECONDS = (int) Duration.ofMinutes(30).toSeconds();

    private final Users users;
    private final Sessions sessions;
    private final Pages pages;

    LoginRoutes(Users users, Sessions sessions, Pages pages) {
        this.users = users;
        this.sessions = sessions;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        routes.get("/login", Access.PUBLIC, ctx -> showForm(ctx, "", "", HttpStatus.OK));
        routes.post("/login", Access.PUBLIC, this::signIn);
        routes.post("/logout", Access.atLeast(Role.VIEWER), this::signOut);
    }

    private void showForm(Context ctx, String name, String problem, HttpStatus status) {
        String formToken = sessions.randomToken();
        Cookies.set(ctx, Cookies.LOGIN, formToken, LOGIN_FORM_SECONDS);
        ctx.status(status).html(pages.render(ctx, "login", new LoginPage(safeNext(ctx.queryParam("next")),
                formToken, name, problem)));
    }

    private void signIn(Context ctx) {
        String name = ctx.formParamAsClass("name", String.class).getOrDefault("").strip();
        String password = ctx.formParamAsClass("password", String.class).getOrDefault("");
        if (!sameToken(ctx.cookie(Cookies.LOGIN), ctx.formParam("_csrf"))) {
            showForm(ctx, name, "The sign-in form had expired. Please sign in again.", HttpStatus.FORBIDDEN);
            return;
        }
        LoginResult result = users.login(name, password.toCharArray());
        if (result instanceof LoginResult.Success success) {
            Cookies.clear(ctx, Cookies.LOGIN);
            Cookies.set(ctx, Cookies.SESSION, sessions.start(success.principal()), (int) Sessions.LONGEST.toSeconds());
            ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        } else if (result instanceof LoginResult.Refused refused) {
            showForm(ctx, name, refused.message(), HttpStatus.UNAUTHORIZED);
        }
    }

    private void signOut(Context ctx) {
        sessions.end(ctx.cookie(Cookies.SESSION));
        Cookies.clear(ctx, Cookies.SESSION);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site: never another site's address, so sign-in cannot be used to send people away. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }

    private static boolean sameToken(String cookie, String field) {
        return cookie != null && field != null && !cookie.isEmpty() && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
