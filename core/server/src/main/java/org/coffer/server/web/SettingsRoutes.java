package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.settings.Column;
import org.coffer.server.settings.CouncilFile;
import org.coffer.server.settings.CouncilSettings;
import org.coffer.server.settings.SettingsTable;
import org.coffer.server.text.Amounts;
import org.coffer.server.users.Role;

/**
 * The council's settings in the browser: officers see each file's rows, administrators add and change them, remove
 * reference rules and channels, and upload the account holders. A refused change shows the form again, as sent.
 */
final class SettingsRoutes {

    private final Coffer coffer;
    private final Pages pages;

    SettingsRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        Access officers = Access.atLeast(Role.INCOME_OFFICER);
        Access administrators = Access.atLeast(Role.ADMINISTRATOR);
        routes.get("/settings", officers, ctx -> index(ctx, "", "", List.of()));
        routes.post("/settings/account-holders", administrators, this::uploadHolders);
        routes.get("/settings/{table}", officers, this::table);
        routes.get("/settings/{table}/new", administrators, ctx -> form(ctx, true));
        routes.get("/settings/{table}/edit", administrators, ctx -> form(ctx, false));
        routes.post("/settings/{table}", administrators, this::save);
        routes.post("/settings/{table}/remove", administrators, this::remove);
    }

    private CouncilSettings settings() {
        return coffer.settings();
    }

    private static boolean mayChange(Context ctx) {
        return AccessGuard.principal(ctx).role().includes(Role.ADMINISTRATOR);
    }

    private void index(Context ctx, String saved, String error, List<String> problems) {
        String holders = Amounts.count(coffer.council().accountHolders().total(), "account", "accounts");
        ctx.html(pages.render(ctx, "settings", SettingsPage.of(settings(), mayChange(ctx), holders, saved,
                error, problems)));
    }

    private void table(Context ctx) {
        SettingsTable table = SettingsTable.bySlug(ctx.pathParam("table"));
        ctx.html(pages.render(ctx, "settings-table", SettingsTablePage.of(table, settings().file(table),
                settings().changedOnDisk(table.fileName()), mayChange(ctx), text(ctx, "fund"), text(ctx, "saved"))));
    }

    private void form(Context ctx, boolean adding) {
        SettingsTable table = SettingsTable.bySlug(ctx.pathParam("table"));
        CouncilFile file = settings().file(table);
        Map<String, String> values = new LinkedHashMap<>();
        if (adding) {
            table.keyColumns().forEach(column -> values.put(column, text(ctx, column)));
        } else {
            values.putAll(file.rows().stream().filter(row -> table.keyColumns().stream()
                    .allMatch(column -> row.getOrDefault(column, "").equals(text(ctx, column)))).findFirst()
                    .orElseThrow(() -> new CofferException(WebErrorCode.WEB_NOT_FOUND, table.fileName()
                            + " has no such row; it may have been removed")));
        }
        renderForm(ctx, table, adding, file.version(), values, "", List.of());
    }

    private void save(Context ctx) {
        SettingsTable table = SettingsTable.bySlug(ctx.pathParam("table"));
        boolean adding = "yes".equals(ctx.formParam("adding"));
        Map<String, String> values = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            Optional.ofNullable(ctx.formParam(column.name())).ifPresent(value -> values.put(column.name(), value));
        }
        String version = text(ctx, "version");
        try {
            Map<String, String> saved = settings().save(AccessGuard.principal(ctx).actor(), table, adding, values,
                    version);
            String fund = table == SettingsTable.REFERENCE_RULES ? "&fund=" + encode(saved.get("fund")) : "";
            ctx.redirect("/settings/" + table.slug() + "?saved=" + encode(String.join(" ", table.keyColumns()
                    .stream().map(saved::get).toList())) + fund, HttpStatus.SEE_OTHER);
        } catch (CofferException e) {
            ctx.status(ErrorResponses.status(e));
            renderForm(ctx, table, adding, version, values, e.getMessage(), e.details());
        }
    }

    private void remove(Context ctx) {
        SettingsTable table = SettingsTable.bySlug(ctx.pathParam("table"));
        Map<String, String> key = new LinkedHashMap<>();
        table.keyColumns().forEach(column -> key.put(column, text(ctx, column)));
        settings().remove(AccessGuard.principal(ctx).actor(), table, key, text(ctx, "version"));
        String fund = table == SettingsTable.REFERENCE_RULES ? "?fund=" + encode(key.get("fund")) : "";
        ctx.redirect("/settings/" + table.slug() + fund, HttpStatus.SEE_OTHER);
    }

    private void uploadHolders(Context ctx) throws IOException {
        // The missing-file refusal is shown on the page too, not as a bare error.
        try {
            UploadedFile upload = Uploads.upload(ctx);
            try (InputStream content = upload.content()) {
                long accounts = settings().replaceAccountHolders(AccessGuard.principal(ctx).actor(), content,
                        text(ctx, "version"));
                index(ctx, "The account holders were replaced: " + Amounts.count(accounts, "account", "accounts")
                        + " from " + Uploads.originalName(upload) + ".", "", List.of());
            }
        } catch (CofferException e) {
            ctx.status(ErrorResponses.status(e));
            index(ctx, "", e.getMessage(), e.details());
        }
    }

    private void renderForm(Context ctx, SettingsTable table, boolean adding, String version,
            Map<String, String> values, String error, List<String> details) {
        String fund = values.getOrDefault("fund", "");
        String back = "/settings/" + table.slug() + (table == SettingsTable.REFERENCE_RULES && !fund.isEmpty()
                ? "?fund=" + encode(fund) : "");
        ctx.html(pages.render(ctx, "settings-form", SettingsFormPage.of(table, adding, version, values, error,
                details, back)));
    }

    /** A parameter of the address, or of the form when the request sends one. */
    private static String text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name))
                .or(() -> ctx.method() == HandlerType.POST ? Optional.ofNullable(ctx.formParam(name)) : Optional.empty())
                .orElse("");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
