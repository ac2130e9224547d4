package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.coffer.server.CofferException;
import org.coffer.server.users.Principal;
import org.coffer.server.users.Users;

/**
 * Checks every request before its route's handler runs: who is asking (a session cookie, or an API token as
 * {@code Authorization: Bearer}), whether their role and funds allow the route, and that a state-changing request
 * from a browser carries its session's CSRF token. People without a session are sent to sign in; programs get 401.
 */
final class AccessGuard {

    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final String PRINCIPAL = "coffer.principal";
    private static final String SESSION = "coffer.session";

    private final Sessions sessions;
    private final Users users;

    AccessGuard(Sessions sessions, Users users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** Lets the request through to a route with this access rule, or throws saying why not. */
    void check(Context ctx, Access access) {
        ctx.header("Cache-Control", "no-store");
        if (access.isPublic()) {
            return;
        }
        Optional<String> bearer = bearerToken(ctx);
        Principal principal;
        if (bearer.isPresent()) {
            principal = users.authenticateToken(bearer.get()).orElseThrow(() -> new CofferException(
                    AccessErrorCode.ACCESS_SIGN_IN, "the API token is not valid or has been revoked"));
        } else {
            Session session = sessions.find(ctx.cookie(Cookies.SESSION)).orElseThrow(() -> signIn(ctx));
            if (changesState(ctx.method()) && !csrfMatches(ctx, session)) {
                throw new CofferException(AccessErrorCode.ACCESS_CSRF, "the form has expired or did not come from "
                        + "Coffer; reload the page and try again");
            }
            ctx.attribute(SESSION, session);
            principal = session.principal();
        }
        if (!principal.role().includes(access.minimum().orElseThrow())) {
            throw new CofferException(AccessErrorCode.ACCESS_FORBIDDEN, "your role (" + principal.role().label()
                    + ") may not do this; it needs " + access.minimum().orElseThrow().label() + " or above");
        }
        if (access.everyFund() && principal.restricted()) {
            throw new CofferException(AccessErrorCode.ACCESS_FORBIDDEN,
                    "this covers every fund, and you may use only " + String.join(", ", principal.funds()));
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    /** The principal the guard admitted; only routes that are not public have one. */
    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal on a route the guard did not check: " + ctx.path());
        }
        return principal;
    }

    /** The browser session, when the request came with one rather than an API token. */
    static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    private static CofferException signIn(Context ctx) {
        String next = URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8);
        return new SignInRequired(ctx.path().startsWith("/api/") ? null : "/login?next=" + next);
    }

    private static boolean changesState(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    private static boolean csrfMatches(Context ctx, Session session) {
        String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD));
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                session.csrfToken().getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    /** No session: a person is sent to the sign-in page ({@link #location}), a program gets 401. */
    static final class SignInRequired extends CofferException {
        private static final long serialVersionUID = 1L;
        private final String location;

        SignInRequired(String location) {
            super(AccessErrorCode.ACCESS_SIGN_IN, "sign in first");
            this.location = location;
        }

        Optional<String> location() {
            return Optional.ofNullable(location);
        }
    }
}
