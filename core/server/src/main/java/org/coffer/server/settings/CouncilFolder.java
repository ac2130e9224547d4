package org.coffer.server.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coffer.server.CofferException;
import org.coffer.server.config.AccountHoldersFile;
import org.coffer.server.config.Channels;
import org.coffer.server.config.Council;
import org.coffer.server.config.CouncilChannel;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.Fund;
import org.coffer.server.config.LedgerSettingsFiles;
import org.coffer.server.config.PluginCheckDigitScheme;

/**
 * The council folder as settings see it: which version of each file Coffer read, the files read for editing, and a
 * changed file checked by the same loader Coffer starts with.
 */
final class CouncilFolder {

    /** Enough bad lines for a person to see what is wrong with an upload, without a page of thousands. */
    private static final int PROBLEMS_SHOWN = 20;

    private final Path dir;
    private final List<PluginCheckDigitScheme> pluginSchemes;
    private final Map<String, String> readVersions = new ConcurrentHashMap<>();

    CouncilFolder(Path dir, List<PluginCheckDigitScheme> pluginSchemes) {
        this.dir = dir;
        this.pluginSchemes = List.copyOf(pluginSchemes);
        for (SettingsTable table : SettingsTable.values()) {
            read(table.fileName(), version(table.fileName()));
        }
        read(AccountHoldersFile.NAME, version(AccountHoldersFile.NAME));
    }

    Path path(String fileName) {
        return dir.resolve(fileName);
    }

    String version(String fileName) {
        return CouncilFile.versionOf(path(fileName));
    }

    /** Notes that Coffer now works on this version of the file. */
    void read(String fileName, String version) {
        readVersions.put(fileName, version);
    }

    boolean changedOnDisk(String fileName) {
        return !version(fileName).equals(readVersions.get(fileName));
    }

    CouncilFile read(SettingsTable table) {
        return CouncilFile.read(path(table.fileName()), table.columnNames(), defaultRows(table));
    }

    /**
     * Refuses a change to a file that someone edited by hand since Coffer read it, or that another change saved
     * since {@code version} was read (null or blank when the change was not begun from a version).
     */
    void requireUnchanged(String fileName, String version) {
        String onDisk = version(fileName);
        if (!onDisk.equals(readVersions.get(fileName))) {
            throw new CofferException(SettingsErrorCode.SETTINGS_CONFLICT, fileName + " was changed on disk since "
                    + "Coffer read it, so nothing was saved over that edit; ask whoever runs Coffer's server to restart "
                    + "it, so that Coffer reads the file as it is now, then make the change again");
        }
        if (version != null && !version.isBlank() && !version.equals(onDisk)) {
            throw new CofferException(SettingsErrorCode.SETTINGS_CONFLICT, fileName + " was changed by someone "
                    + "else since you opened it, so nothing was saved; open it again to see their change");
        }
    }

    /** The council with {@code written} in place of the file, refused with the loader's message when it is wrong. */
    Council loadWith(String fileName, Path written) {
        try {
            Council council = CouncilLoader.loadWith(dir, pluginSchemes, fileName, written);
            LedgerSettingsFiles.read(dir, council);
            return council;
        } catch (CofferException e) {
            throw new CofferException(SettingsErrorCode.SETTINGS_INVALID, "nothing was saved: " + where(e.getMessage(),
                    fileName, written), e.details(), e);
        }
    }

    /** Refuses an upload of account holders with every bad line, up to {@link #PROBLEMS_SHOWN}. */
    void refuseBadHolders(Path written, List<Fund> funds) {
        List<String> problems = AccountHoldersFile.problems(written, funds, PROBLEMS_SHOWN).stream()
                .map(problem -> where(problem, AccountHoldersFile.NAME, written)).toList();
        if (!problems.isEmpty()) {
            throw new CofferException(SettingsErrorCode.SETTINGS_INVALID, "the account holders were refused and "
                    + "nothing was changed: " + problems.size() + (problems.size() == PROBLEMS_SHOWN ? " or more" : "")
                    + (problems.size() == 1 ? " line is" : " lines are") + " wrong", problems, null);
        }
    }

    /** A loader's message naming files by their names in the folder, not by where they are on the server. */
    private String where(String message, String fileName, Path written) {
        return message.replace(written.toString(), fileName).replace(dir + dir.getFileSystem().getSeparator(), "");
    }

    private static List<Map<String, String>> defaultRows(SettingsTable table) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (table == SettingsTable.CHANNELS) {
            for (CouncilChannel channel : Channels.defaults().all()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("code", channel.code().name());
                row.put("name", channel.name());
                row.put("contact", channel.contact());
                row.put("digital", channel.digital() ? "yes" : "no");
                row.put("enabled", channel.enabled() ? "yes" : "no");
                rows.add(row);
            }
        }
        return rows;
    }
}
