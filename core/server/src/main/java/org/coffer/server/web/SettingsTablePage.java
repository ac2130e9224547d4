package org.coffer.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coffer.server.settings.Column;
import org.coffer.server.settings.CouncilFile;
import org.coffer.server.settings.SettingsTable;

/** One council file's rows as a table, each with a link to change it, for the people who may. */
public record SettingsTablePage(String slug, String title, String file, List<String> headings, List<Row> rows,
        boolean mayChange, boolean removable, boolean changedOnDisk, String version, String fund, String saved,
        String newHref) {

    /**
     * A row's cells in the columns' order, the address of its form, its key for removing it, and for a fund the
     * address of its reference rules (else empty).
     */
    public record Row(List<String> cells, String editHref, Map<String, String> key, String rulesHref) {
    }

    static SettingsTablePage of(SettingsTable table, CouncilFile file, boolean changedOnDisk, boolean mayChange,
            String fund, String saved) {
        List<String> columns = table.columns().stream().map(Column::name).toList();
        List<Row> rows = file.rows().stream()
                .filter(row -> fund.isEmpty() || fund.equals(row.get("fund")))
                .map(row -> new Row(columns.stream().map(c -> row.getOrDefault(c, "")).toList(),
                        "/settings/" + table.slug() + "/edit?" + query(table, row), key(table, row),
                        table == SettingsTable.FUNDS ? "/settings/reference-rules?fund=" + encode(row.get("code"))
                                : ""))
                .toList();
        return new SettingsTablePage(table.slug(), table.title(), table.fileName(),
                table.columns().stream().map(Column::label).toList(), rows, mayChange,
                table == SettingsTable.REFERENCE_RULES || table == SettingsTable.CHANNELS, changedOnDisk,
                file.version(), fund, saved, "/settings/" + table.slug() + "/new"
                        + (fund.isEmpty() ? "" : "?fund=" + encode(fund)));
    }

    private static Map<String, String> key(SettingsTable table, Map<String, String> row) {
        Map<String, String> key = new LinkedHashMap<>();
        table.keyColumns().forEach(column -> key.put(column, row.getOrDefault(column, "")));
        return key;
    }

    private static String query(SettingsTable table, Map<String, String> row) {
        return table.keyColumns().stream().map(c -> c + "=" + encode(row.getOrDefault(c, "")))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
