package org.coffer.server.settings;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coffer.server.CofferException;
import org.coffer.server.audit.AuditJson;
import org.coffer.server.audit.AuditLog;
import org.coffer.server.config.AccountHoldersFile;
import org.coffer.server.config.Council;
import org.coffer.server.config.CurrentCouncil;
import org.coffer.server.config.PluginCheckDigitScheme;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Administrators' changes to the council: a row of one of its files added, changed or removed, or the account
 * holders replaced. Each change is written back to the council folder (checked by the loader first, refused whole if
 * wrong), audited with its before and after, and applied to the running Coffer in the same turn as imports take.
 */
public final class CouncilSettings {

    private final CouncilFolder folder;
    private final CurrentCouncil current;
    private final Database database;
    private final AuditLog audit;

    public CouncilSettings(Path dir, List<PluginCheckDigitScheme> pluginSchemes, CurrentCouncil current,
            Database database, Clock clock) {
        this.folder = new CouncilFolder(dir, pluginSchemes);
        this.current = requireNonNull(current, "current is null");
        this.database = requireNonNull(database, "database is null");
        this.audit = new AuditLog(clock);
    }

    /** The table's file as it is on disk (Coffer's defaults when there is none), with the version to change it from. */
    public CouncilFile file(SettingsTable table) {
        return folder.read(table);
    }

    /** The version of {@code account-holders.csv} on disk, to replace it from. */
    public String accountHoldersVersion() {
        return folder.version(AccountHoldersFile.NAME);
    }

    /** Whether the file was changed on disk since Coffer read it, so that no change to it can be saved. */
    public boolean changedOnDisk(String fileName) {
        return folder.changedOnDisk(fileName);
    }

    /**
     * Adds a row ({@code adding}) or changes the row with the same key, and returns the row as saved.
     *
     * @param version the version of the file the change was made on ({@link CouncilFile#version()})
     */
    public Map<String, String> save(String actor, SettingsTable table, boolean adding, Map<String, String> values,
            String version) {
        return database.write(handle -> {
            folder.requireUnchanged(table.fileName(), version);
            CouncilFile file = folder.read(table);
            Map<String, String> key = key(table, values);
            int index = indexOf(file, table, key);
            if (adding && index >= 0) {
                throw new CofferException(SettingsErrorCode.SETTINGS_INVALID, table.fileName() + " already has "
                        + describe(key) + "; change that one instead");
            }
            if (!adding && index < 0) {
                throw notFound(table, key);
            }
            List<Map<String, String>> rows = new ArrayList<>(file.rows());
            Map<String, String> before = adding ? null : rows.get(index);
            // The file's own columns keep their order; a column it lacks goes at the end.
            Map<String, String> after = new LinkedHashMap<>(adding ? blank(file) : before);
            table.columns().forEach(column -> after.put(column.name(), value(values, column.name(),
                    after.getOrDefault(column.name(), ""))));
            if (!adding && sameValues(before, after)) {
                return after;
            }
            if (adding) {
                rows.add(insertionPoint(rows, table, key), after);
            } else {
                rows.set(index, after);
            }
            write(handle, actor, table, file, rows, adding ? "settings.added" : "settings.changed",
                    describe(key), before, after);
            return after;
        });
    }

    /** Removes the row with the key; only reference rules and channels (which return to Coffer's defaults). */
    public void remove(String actor, SettingsTable table, Map<String, String> key, String version) {
        if (table != SettingsTable.REFERENCE_RULES && table != SettingsTable.CHANNELS) {
            throw new CofferException(SettingsErrorCode.SETTINGS_INVALID, table.title() + " are not removed, "
                    + "because postings name them" + (table == SettingsTable.FUNDS
                            ? "; set a fund's Enabled to no so that it takes no more payments" : ""));
        }
        database.writeWith(handle -> {
            folder.requireUnchanged(table.fileName(), version);
            CouncilFile file = folder.read(table);
            int index = indexOf(file, table, key);
            if (index < 0) {
                throw notFound(table, key);
            }
            List<Map<String, String>> rows = new ArrayList<>(file.rows());
            Map<String, String> before = rows.remove(index);
            write(handle, actor, table, file, rows, "settings.removed", describe(key), before, null);
        });
    }

    /**
     * Replaces {@code account-holders.csv} with {@code upload}, the council's whole list: checked whole and refused
     * whole, naming every bad line, or taken whole. Returns how many accounts it holds.
     */
    public long replaceAccountHolders(String actor, InputStream upload, String version) {
        String name = AccountHoldersFile.NAME;
        return database.write(handle -> {
            folder.requireUnchanged(name, version);
            String before = folder.version(name);
            var staged = AtomicReplace.stage(folder.path(name), upload, written -> {
                folder.refuseBadHolders(written, current.get().funds());
                return folder.loadWith(name, written);
            });
            try {
                long accounts = staged.checked().accountHolders().total();
                String after = CouncilFile.versionOf(staged.written());
                audit.append(handle, actor, "settings.replaced", name, AuditJson.of(Map.of("sha256", before)),
                        AuditJson.of(Map.of("sha256", after, "accounts", accounts)));
                staged.commit();
                folder.read(name, after);
                current.replace(staged.checked());
                return accounts;
            } catch (RuntimeException e) {
                staged.discard();
                throw e;
            }
        });
    }

    private void write(Handle handle, String actor, SettingsTable table, CouncilFile file,
            List<Map<String, String>> rows, String action, String subject, Map<String, String> before,
            Map<String, String> after) {
        byte[] text = file.text(rows, table.columnNames()).getBytes(StandardCharsets.UTF_8);
        var staged = AtomicReplace.stage(folder.path(table.fileName()), new ByteArrayInputStream(text),
                written -> folder.loadWith(table.fileName(), written));
        try {
            audit.append(handle, actor, action, table.fileName() + " " + subject, before == null ? null
                    : AuditJson.of(before), after == null ? null : AuditJson.of(after));
            staged.commit();
            folder.read(table.fileName(), CouncilFile.version(text));
            current.replace(staged.checked());
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        }
    }

    /** Whether a change changes nothing: a column the file lacks, left empty, is no change. */
    private static boolean sameValues(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().allMatch(cell -> before.getOrDefault(cell.getKey(), "").equals(
                cell.getValue()));
    }

    private static String value(Map<String, String> values, String column, String old) {
        String value = values.get(column);
        return value == null ? old : value.strip();
    }

    private static Map<String, String> key(SettingsTable table, Map<String, String> values) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String column : table.keyColumns()) {
            String value = values.getOrDefault(column, "").strip();
            if (value.isEmpty()) {
                throw new CofferException(SettingsErrorCode.SETTINGS_INVALID, "the " + column + " is empty; "
                        + table.fileName() + " names each row by its " + String.join(" and ", table.keyColumns()));
            }
            key.put(column, value);
        }
        return key;
    }

    private static int indexOf(CouncilFile file, SettingsTable table, Map<String, String> key) {
        for (int i = 0; i < file.rows().size(); i++) {
            Map<String, String> row = file.rows().get(i);
            if (table.keyColumns().stream().allMatch(column -> row.getOrDefault(column, "").equals(key.get(column)))) {
                return i;
            }
        }
        return -1;
    }

    /** A new row goes last, except a fund's new reference rule, which follows the fund's others. */
    private static int insertionPoint(List<Map<String, String>> rows, SettingsTable table, Map<String, String> key) {
        int after = rows.size();
        if (table == SettingsTable.REFERENCE_RULES) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getOrDefault("fund", "").equals(key.get("fund"))) {
                    after = i + 1;
                }
            }
        }
        return after;
    }

    private static Map<String, String> blank(CouncilFile file) {
        Map<String, String> row = new LinkedHashMap<>();
        file.header().forEach(column -> row.put(column, ""));
        return row;
    }

    private static String describe(Map<String, String> key) {
        return String.join(" ", key.values());
    }

    private static CofferException notFound(SettingsTable table, Map<String, String> key) {
        return new CofferException(SettingsErrorCode.SETTINGS_NOT_FOUND, table.fileName() + " has no "
                + describe(key));
    }
}
