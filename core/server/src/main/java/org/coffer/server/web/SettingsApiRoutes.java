package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coffer.server.Coffer;
import org.coffer.server.config.AccountHoldersFile;
import org.coffer.server.settings.Column;
import org.coffer.server.settings.CouncilFile;
import org.coffer.server.settings.SettingsTable;
import org.coffer.server.users.Role;

/** The council's settings as JSON: officers read each file's rows, administrators change them. */
final class SettingsApiRoutes {

    private static final String CHANGE_EXAMPLE = "{\"adding\": false, \"version\": \"<version from GET>\", "
            + "\"values\": {\"code\": \"CTAX\", \"enabled\": \"no\"}}";
    private static final String REMOVE_EXAMPLE = "{\"version\": \"<version from GET>\", \"key\": {\"fund\": "
            + "\"CTAX\", \"rule\": \"Old style\"}}";

    private final Coffer coffer;

    SettingsApiRoutes(Coffer coffer) {
        this.coffer = coffer;
    }

    /** A change: a row to add or change, made on a version of the file. */
    record Change(boolean adding, String version, Map<String, String> values) {
    }

    /** A removal: the key of the row to remove, made on a version of the file. */
    record Removal(String version, Map<String, String> key) {
    }

    void register(RouteTable routes) {
        Access administrators = Access.atLeast(Role.ADMINISTRATOR);
        routes.get("/api/settings/account-holders", Access.atLeast(Role.INCOME_OFFICER), ctx -> ctx.json(Map.of(
                "file", AccountHoldersFile.NAME, "version", coffer.settings().accountHoldersVersion(),
                "changedOnDisk", coffer.settings().changedOnDisk(AccountHoldersFile.NAME))));
        routes.post("/api/settings/account-holders", administrators, this::replaceHolders);
        routes.get("/api/settings/{table}", Access.atLeast(Role.INCOME_OFFICER), this::table);
        routes.post("/api/settings/{table}", administrators, this::change);
        routes.post("/api/settings/{table}/remove", administrators, this::remove);
    }

    private void table(Context ctx) {
        SettingsTable table = SettingsTable.bySlug(ctx.pathParam("table"));
        CouncilFile file = coffer.settings().file(table);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("table", table.slug());
        body.put("file", table.fileName());
        body.put("version", file.version());
        body.put("changedOnDisk", coffer.settings().changedOnDisk(table.fileName()));
        body.put("keyColumns", table.keyColumns());
        body.put("columns", table.columns().stream().map(Column::name).toList());
        body.put("rows", file.rows());
        ctx.json(body);
    }

    private void change(Context ctx) {
        SettingsTable table = SettingsTable.bySlug(ctx.pathParam("table"));
        Change change = JsonBody.read(ctx, Change.class, CHANGE_EXAMPLE);
        Map<String, String> saved = coffer.settings().save(AccessGuard.principal(ctx).actor(), table,
                change.adding(), Optional.ofNullable(change.values()).orElse(Map.of()),
                Optional.ofNullable(change.version()).orElse(""));
        ctx.status(change.adding() ? HttpStatus.CREATED : HttpStatus.OK).json(saved);
    }

    private void remove(Context ctx) {
        SettingsTable table = SettingsTable.bySlug(ctx.pathParam("table"));
        Removal removal = JsonBody.read(ctx, Removal.class, REMOVE_EXAMPLE);
        coffer.settings().remove(AccessGuard.principal(ctx).actor(), table,
                Optional.ofNullable(removal.key()).orElse(Map.of()),
                Optional.ofNullable(removal.version()).orElse(""));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The body is the CSV file itself; {@code ?version=} the version it replaces. */
    private void replaceHolders(Context ctx) throws IOException {
        try (InputStream body = ctx.bodyInputStream()) {
            long accounts = coffer.settings().replaceAccountHolders(AccessGuard.principal(ctx).actor(), body,
                    Optional.ofNullable(ctx.queryParam("version")).orElse(""));
            ctx.json(Map.of("file", AccountHoldersFile.NAME, "accounts", accounts,
                    "version", coffer.settings().accountHoldersVersion()));
        }
    }
}
