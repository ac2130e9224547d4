package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.coffer.plugin.api.ErrorCategory;
import org.coffer.server.CofferException;
import org.coffer.server.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns errors into answers: a JSON body {@code {code, message, details}} for the API, the same facts on a page for
 * people. The status follows who can put it right; a fault of ours is logged and never shows a stack trace.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void handle(CofferException e, Context ctx, Pages pages) {
        if (e instanceof AccessGuard.SignInRequired signIn && signIn.location().isPresent()) {
            ctx.redirect(signIn.location().get(), HttpStatus.SEE_OTHER);
            return;
        }
        if (e.category() == ErrorCategory.INTERNAL) {
            LOG.error("{} on {} {}", e.code().name(), ctx.method(), ctx.path(), e);
        }
        respond(ctx, pages, status(e), e.code().name(), e.getMessage(), e.details());
    }

    static void unexpected(Exception e, Context ctx, Pages pages) {
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        respond(ctx, pages, HttpStatus.INTERNAL_SERVER_ERROR, WebErrorCode.WEB_UNEXPECTED.name(),
                "something went wrong in Coffer; nothing was changed. The server log has the details.", List.of());
    }

    private static void respond(Context ctx, Pages pages, HttpStatus status, String code, String message,
            List<String> details) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("code", code, "message", message, "details", details));
        } else {
            ctx.html(pages.error(ctx, status.getCode(), message, details));
        }
    }

    static HttpStatus status(CofferException e) {
        if (e.code() instanceof Refusal refusal && refusal.isConflict()) {
            return HttpStatus.CONFLICT;
        }
        if (e.code() instanceof Refusal refusal && refusal.isNotFound()) {
            return HttpStatus.NOT_FOUND;
        }
        if (e.code() == AccessErrorCode.ACCESS_SIGN_IN) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (e.code() == AccessErrorCode.ACCESS_FORBIDDEN || e.code() == AccessErrorCode.ACCESS_CSRF) {
            return HttpStatus.FORBIDDEN;
        }
        return switch (e.category()) {
            case USER -> HttpStatus.BAD_REQUEST;
            case DATA -> HttpStatus.UNPROCESSABLE_CONTENT;
            case EXTERNAL -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
