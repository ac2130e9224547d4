package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportErrorCode;
import org.coffer.server.imports.ImportRefusedException;
import org.coffer.server.users.Role;

/** The pages people use: the dashboard, the import history and the upload form. */
final class PageRoutes {

    /** Problems an administrator may override with a reason: the file's own figures disagreeing with its lines. */
    private static final Set<ErrorCode> ACCEPTABLE = Set.of(ImportErrorCode.IMPORT_BALANCE_MISMATCH,
            ImportErrorCode.IMPORT_COUNT_MISMATCH, ImportErrorCode.IMPORT_TOTAL_MISMATCH);

    private static final int HISTORY_LIMIT = 200;

    private final Coffer coffer;
    private final Pages pages;

    PageRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        routes.get("/", Access.atLeast(Role.VIEWER), this::dashboard);
        routes.get("/imports", Access.atLeastOverEveryFund(Role.VIEWER), ctx -> ctx.html(pages.render(ctx, "imports",
                ImportsPage.of(coffer.imports().history(HISTORY_LIMIT), coffer.clock().getZone()))));
        routes.get("/imports/new", Access.atLeastOverEveryFund(Role.INCOME_OFFICER),
                ctx -> ctx.html(pages.render(ctx, "upload", UploadPage.empty(formats()))));
        routes.post("/imports/new", Access.atLeastOverEveryFund(Role.INCOME_OFFICER), this::upload);
    }

    private void dashboard(Context ctx) {
        var range = DateParameters.range(ctx, Defaults.range(coffer));
        var summary = coffer.income().summary(range.from(), range.to())
                .onlyFunds(AccessGuard.principal(ctx).funds());
        ctx.html(pages.render(ctx, "dashboard", DashboardPage.of(summary)));
    }

    private void upload(Context ctx) {
        UploadPage page;
        try {
            page = UploadPage.stored(formats(), Uploads.importUpload(ctx, coffer.imports()));
            ctx.status(HttpStatus.CREATED);
        } catch (ImportRefusedException e) {
            boolean acceptable = e.problems().stream().allMatch(p -> ACCEPTABLE.contains(p.code()));
            page = UploadPage.refused(formats(), e.getMessage(), e.details(), acceptable);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (CofferException e) {
            page = UploadPage.refused(formats(), e.getMessage(), e.details(), false);
            ctx.status(ErrorResponses.status(e));
        }
        ctx.html(pages.render(ctx, "upload", page));
    }

    private List<String> formats() {
        return coffer.plugins().formats().stream().map(InboundFormat::id).sorted().toList();
    }
}
