package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.coffer.server.ledger.ExportRun;
import org.coffer.server.users.Role;

/**
 * Export runs in the browser and the API, for finance managers: list, run for a target up to a date, download a
 * run's file, reverse a run. Administrators also close financial periods here.
 */
final class ExportRoutes {

    private final Coffer coffer;
    private final Pages pages;

    ExportRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        // A run spans every fund's postings, so a person restricted to some funds does not run or read one.
        Access managers = Access.atLeastOverEveryFund(Role.FINANCE_MANAGER);
        Access administrators = Access.atLeastOverEveryFund(Role.ADMINISTRATOR);
        routes.get("/exports", managers, this::page);
        routes.post("/exports", managers, ctx -> afterwards(ctx, export(ctx, form(ctx, "target", "from", "to"))));
        routes.post("/exports/{number}/reverse", managers, ctx -> afterwards(ctx, reverse(ctx)));
        routes.get("/exports/{number}/file", managers, this::download);
        routes.post("/periods/close", administrators, ctx -> {
            close(ctx, ctx.formParam("year"), ctx.formParam("period"));
            ctx.redirect("/exports", HttpStatus.SEE_OTHER);
        });
        routes.get("/api/exports", managers, ctx -> ctx.json(coffer.exports().runs()));
        routes.post("/api/exports", managers, ctx -> ctx.status(HttpStatus.CREATED).json(export(ctx, body(ctx))));
        routes.post("/api/exports/{number}/reverse", managers,
                ctx -> ctx.status(HttpStatus.CREATED).json(reverse(ctx)));
        routes.get("/api/exports/{number}/file", managers, this::download);
        routes.get("/api/periods", managers, ctx -> ctx.json(coffer.periods().closed()));
        routes.post("/api/periods/close", administrators, ctx -> {
            Map<String, String> body = body(ctx);
            close(ctx, body.get("year"), body.get("period"));
            ctx.status(HttpStatus.NO_CONTENT);
        });
    }

    private void page(Context ctx) {
        var loaded = coffer.plugins().ledgerExports().stream().map(LedgerExport::id).collect(Collectors.toSet());
        ctx.html(pages.render(ctx, "exports", ExportsPage.of(coffer.exports().runs(), coffer.exports().targets(),
                loaded, coffer.periods().closed(), LocalDate.now(coffer.clock()), coffer.clock().getZone(),
                ctx.queryParam("run"))));
    }

    private ExportRun export(Context ctx, Map<String, String> fields) {
        String target = Optional.ofNullable(fields.get("target")).filter(t -> !t.isBlank()).orElseThrow(() ->
                new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "choose a target to export to"));
        LocalDate to = date("to", fields.get("to")).orElseThrow(() -> new CofferException(
                WebErrorCode.WEB_BAD_PARAMETER, "give 'to', the last date to export, such as 2025-06-30"));
        return coffer.exports().export(AccessGuard.principal(ctx).name(), target.strip(), date("from",
                fields.get("from")), to);
    }

    private ExportRun reverse(Context ctx) {
        return coffer.exports().reverse(AccessGuard.principal(ctx).name(), number(ctx));
    }

    private void close(Context ctx, String year, String period) {
        try {
            coffer.periods().close(AccessGuard.principal(ctx).name(), new FinancialPeriod(
                    Integer.parseInt(String.valueOf(year).strip()), Integer.parseInt(String.valueOf(period).strip())));
        } catch (IllegalArgumentException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "give 'year' (2025 for 2025/26) and 'period' "
                    + "(1 to 13) as whole numbers; " + e.getMessage());
        }
    }

    private void download(Context ctx) throws Exception {
        ExportRun run = coffer.exports().run(number(ctx));
        Path file = coffer.exports().file(run);
        if (!Files.isRegularFile(file)) {
            throw new CofferException(WebErrorCode.WEB_NOT_FOUND, "the file of run " + run.number() + " ("
                    + run.fileName() + ") is no longer in the exports folder");
        }
        ctx.contentType(run.fileName().endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + run.fileName() + "\"");
        ctx.result(Files.newInputStream(file));
    }

    private static void afterwards(Context ctx, ExportRun run) {
        ctx.redirect("/exports?run=" + run.number(), HttpStatus.SEE_OTHER);
    }

    private static long number(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw new CofferException(WebErrorCode.WEB_NOT_FOUND, "there is no export run '" + ctx.pathParam("number")
                    + "'");
        }
    }

    private static Map<String, String> form(Context ctx, String... names) {
        Map<String, String> fields = new HashMap<>();
        for (String name : names) {
            Optional.ofNullable(ctx.formParam(name)).ifPresent(value -> fields.put(name, value));
        }
        return fields;
    }

    /** The JSON body's fields as text: {@code {"target": "backoffice", "to": "2025-06-30"}}. */
    private static Map<String, String> body(Context ctx) {
        try {
            Map<?, ?> fields = ctx.bodyAsClass(Map.class);
            return fields.entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue())));
        } catch (RuntimeException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "the request body must be a JSON object, "
                    + "such as {\"target\": \"backoffice\", \"to\": \"2025-06-30\"}");
        }
    }

    private static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER,
                    "'" + name + "' must be a date written as YYYY-MM-DD, such as 2025-06-30; it was '" + text + "'");
        }
    }
}
