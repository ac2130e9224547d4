package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportPreview;
import org.coffer.server.imports.ImportRefusedException;
import org.coffer.server.imports.ImportRequest;
import org.coffer.server.users.Principal;
import org.coffer.server.users.Role;

/**
 * Importing in two steps from the browser: the file is read and shown (format, statements and their figures, the
 * first lines, every problem) with nothing stored; then its person imports it or abandons it.
 */
final class PreviewRoutes {

    private final Coffer coffer;
    private final Pages pages;
    private final PendingUploads pending;

    PreviewRoutes(Coffer coffer, Pages pages, PendingUploads pending) {
        this.coffer = coffer;
        this.pages = pages;
        this.pending = pending;
    }

    void register(RouteTable routes) {
        Access importers = Access.atLeastOverEveryFund(Role.INCOME_OFFICER);
        routes.post("/imports/preview", importers, this::preview);
        routes.post("/imports/confirm", importers, this::confirm);
        routes.post("/imports/abandon", importers, this::abandon);
    }

    private void preview(Context ctx) throws IOException {
        Principal principal = AccessGuard.principal(ctx);
        UploadedFile upload = Uploads.upload(ctx);
        PendingUploads.Pending waiting;
        try (InputStream content = upload.content()) {
            waiting = pending.keep(content, Uploads.originalName(upload), principal.actor());
        }
        Optional<String> format = Uploads.format(ctx);
        try {
            ImportPreview preview = coffer.imports().preview(new ImportRequest(waiting.file(), waiting.fileName(),
                    format, principal.actor(), Optional.empty()));
            ctx.html(pages.render(ctx, "preview", PreviewPage.of(waiting.id(), format.orElse(""), preview,
                    principal.role().includes(Role.ADMINISTRATOR), coffer.council().channels())));
        } catch (CofferException e) {
            pending.drop(waiting);
            ctx.status(ErrorResponses.status(e));
            ctx.html(pages.render(ctx, "upload", UploadPage.refused(coffer.formatIds(), e.getMessage(), e.details())));
        }
    }

    private void confirm(Context ctx) {
        Principal principal = AccessGuard.principal(ctx);
        PendingUploads.Pending waiting = pending.find(ctx.formParam("upload"), principal.actor())
                .orElseThrow(() -> new CofferException(WebErrorCode.WEB_NOT_FOUND,
                        "that upload is no longer waiting (it was imported, abandoned or kept too long); "
                                + "choose the file again"));
        UploadPage page;
        try {
            page = UploadPage.stored(coffer.formatIds(), coffer.imports().importFile(new ImportRequest(waiting.file(),
                    waiting.fileName(), Uploads.format(ctx), principal.actor(), Uploads.acceptReason(ctx, principal))));
            ctx.status(HttpStatus.CREATED);
        } catch (ImportRefusedException e) {
            page = UploadPage.refused(coffer.formatIds(), e.getMessage(), e.details());
            ctx.status(ErrorResponses.status(e));
        } finally {
            pending.drop(waiting);
        }
        ctx.html(pages.render(ctx, "upload", page));
    }

    private void abandon(Context ctx) {
        pending.find(ctx.formParam("upload"), AccessGuard.principal(ctx).actor()).ifPresent(pending::drop);
        ctx.redirect("/imports/new", HttpStatus.SEE_OTHER);
    }
}
