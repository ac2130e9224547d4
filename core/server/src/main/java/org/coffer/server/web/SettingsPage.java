package org.coffer.server.web;

import java.util.Arrays;
import java.util.List;
import org.coffer.server.config.AccountHoldersFile;
import org.coffer.server.settings.CouncilSettings;
import org.coffer.server.settings.SettingsTable;

/** The council's settings: each file administrators edit, and the account holders' upload. */
public record SettingsPage(List<Table> tables, boolean mayChange, boolean holdersChangedOnDisk,
        String holdersVersion, String holders, String saved, String error, List<String> problems) {

    /** One file: where to see it, how many rows it has, and whether it was edited by hand since Coffer read it. */
    public record Table(String slug, String title, String file, String rows, boolean changedOnDisk) {
    }

    static SettingsPage of(CouncilSettings settings, boolean mayChange, String holders, String saved, String error,
            List<String> problems) {
        List<Table> tables = Arrays.stream(SettingsTable.values()).map(table -> new Table(table.slug(),
                table.title(), table.fileName(), Integer.toString(settings.file(table).rows().size()),
                settings.changedOnDisk(table.fileName()))).toList();
        return new SettingsPage(tables, mayChange, settings.changedOnDisk(AccountHoldersFile.NAME),
                settings.accountHoldersVersion(), holders, saved, error, problems);
    }
}
