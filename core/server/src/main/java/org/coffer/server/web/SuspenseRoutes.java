package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.suspense.ItemStory;
import org.coffer.server.suspense.SuspenseService;
import org.coffer.server.users.Principal;
import org.coffer.server.users.Role;

/**
 * The suspense pages: the queue with its figures and filters, and an item's page where an income officer locks it,
 * allocates or splits it, marks it for return, writes notes and undoes. Every form posts, then comes back to the
 * item; a refused form is shown again as typed, with the reason.
 */
final class SuspenseRoutes {

    private final Coffer coffer;
    private final Pages pages;
    private final SuspenseService suspense;

    SuspenseRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
        this.suspense = coffer.suspense();
    }

    void register(RouteTable routes) {
        Access viewers = Access.atLeastOverEveryFund(Role.VIEWER);
        Access officers = Access.atLeastOverEveryFund(Role.INCOME_OFFICER);
        routes.get("/suspense", viewers, ctx -> ctx.html(pages.render(ctx, "suspense", SuspenseQueuePage.of(ctx,
                suspense.queue().page(SuspenseParameters.filter(ctx)), coffer.suspenseFigures(),
                LocalDate.now(coffer.clock())))));
        routes.get("/suspense/{id}", viewers, ctx -> itemPage(ctx, Optional.empty(), List.of()));
        routes.post("/suspense/{id}/lock", officers, ctx -> act(ctx, id -> suspense.lock(id, actor(ctx))));
        routes.post("/suspense/{id}/unlock", officers, ctx -> act(ctx, id -> suspense.unlock(id, actor(ctx))));
        routes.post("/suspense/{id}/note", officers, ctx -> act(ctx,
                id -> suspense.note(id, actor(ctx), ctx.formParam("note"))));
        routes.post("/suspense/{id}/return", officers, ctx -> act(ctx,
                id -> suspense.markForReturn(id, actor(ctx), ctx.formParam("reason"))));
        routes.post("/suspense/{id}/undo", officers, ctx -> act(ctx,
                id -> suspense.undo(actionId(ctx), actor(ctx))));
        routes.post("/suspense/{id}/split", officers, this::split);
    }

    /** Allocates or splits the item as the form's lines say; "Add a line" shows the form again with one more. */
    private void split(Context ctx) {
        List<SuspenseParameters.LineInput> typed = SuspenseParameters.formLines(ctx);
        if (ctx.formParam("add") != null) {
            List<SuspenseParameters.LineInput> more = new ArrayList<>(typed);
            more.add(SuspenseParameters.LineInput.empty());
            itemPage(ctx, Optional.empty(), more);
            return;
        }
        try {
            suspense.split(itemId(ctx), actor(ctx), SuspenseParameters.lines(typed));
            ctx.redirect("/suspense/" + itemId(ctx), HttpStatus.SEE_OTHER);
        } catch (CofferException e) {
            ctx.status(ErrorResponses.status(e));
            itemPage(ctx, Optional.of(e), typed);
        }
    }

    private void act(Context ctx, ItemAction action) {
        long id = itemId(ctx);
        try {
            action.on(id);
            ctx.redirect("/suspense/" + id, HttpStatus.SEE_OTHER);
        } catch (CofferException e) {
            ctx.status(ErrorResponses.status(e));
            itemPage(ctx, Optional.of(e), List.of());
        }
    }

    private void itemPage(Context ctx, Optional<CofferException> error, List<SuspenseParameters.LineInput> lines) {
        long id = itemId(ctx);
        ItemStory story = suspense.queue().story(id).orElseThrow(() -> new CofferException(
                WebErrorCode.WEB_NOT_FOUND, "there is no suspense item " + id));
        Principal principal = AccessGuard.principal(ctx);
        var viewing = new SuspenseItemPage.Viewing(principal.actor(), principal.role().includes(Role.INCOME_OFFICER),
                coffer.clock().getZone(), error.map(Throwable::getMessage).orElse(""),
                error.map(CofferException::details).orElse(List.of()), lines);
        ctx.html(pages.render(ctx, "suspense-item", SuspenseItemPage.of(story, coffer.council(), viewing)));
    }

    private static long itemId(Context ctx) {
        return SuspenseParameters.id(ctx, "id");
    }

    private static long actionId(Context ctx) {
        String text = ctx.formParam("action");
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "say which action to undo; was '" + text + "'");
        }
    }

    private static String actor(Context ctx) {
        return AccessGuard.principal(ctx).actor();
    }

    /** Something an officer does to the item. */
    @FunctionalInterface
    private interface ItemAction {
        void on(long itemId);
    }
}
