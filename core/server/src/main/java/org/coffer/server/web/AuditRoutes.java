package org.coffer.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.coffer.server.Coffer;
import org.coffer.server.audit.AuditCsv;
import org.coffer.server.audit.AuditFilter;
import org.coffer.server.audit.AuditQueries;
import org.coffer.server.users.Role;

/** The audit log for finance managers and administrators: filtered in the browser, as JSON, and as CSV. */
final class AuditRoutes {

    private final Coffer coffer;
    private final Pages pages;
    private final AuditQueries queries;

    AuditRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
        this.queries = new AuditQueries(coffer.database());
    }

    void register(RouteTable routes) {
        Access auditors = Access.atLeast(Role.FINANCE_MANAGER);
        routes.get("/audit", auditors, ctx -> ctx.html(pages.render(ctx, "audit",
                AuditPage.of(filter(ctx), queries.find(filter(ctx)), ctx.queryString()))));
        routes.get("/audit/export.csv", auditors, this::export);
        routes.get("/api/audit", auditors, ctx -> ctx.json(queries.find(filter(ctx))));
    }

    private void export(Context ctx) throws IOException {
        var entries = queries.find(filter(ctx).withLimit(AuditFilter.MAXIMUM_LIMIT));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"coffer-audit-log.csv\"");
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            AuditCsv.write(entries, out);
        }
    }

    private AuditFilter filter(Context ctx) {
        return AuditFilter.newest(coffer.clock().getZone())
                .withActor(text(ctx, "actor")).withActionPrefix(text(ctx, "action"))
                .withFrom(DateParameters.optional(ctx, "from")).withTo(DateParameters.optional(ctx, "to"));
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
